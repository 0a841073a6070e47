package io.sharehub.poster;

/**
 * How much of a QR symbol may be damaged or covered and still scan. Higher levels make the
 * symbol denser for the same payload.
 */
public enum QrErrorCorrection {
    /** Recovers about 7 % of the symbol. */
    L,
    /** Recovers about 15 %; the default without a logo. */
    M,
    /** Recovers about 25 %. */
    Q,
    /** Recovers about 30 %; required with a logo in the centre. */
    H
}
