package io.sharehub.poster;

/**
 * The QR payload does not fit the QR box: at the spec's error-correction level, a symbol that
 * holds it would need modules smaller than {@link PosterSpec#minModuleSize()} pixels (with the
 * quiet zone of four modules on every side), or more than the largest QR version. Shorten the
 * payload, enlarge {@link PosterSpec#qrSize()}, or drop the logo (a logo forces level H).
 *
 * <p>The message names the payload's length in bytes and the limit, for example {@code qrContent
 * is 1300 bytes, but a 240 px QR box at error correction H holds at most 84 bytes}.
 */
public final class QrPayloadTooLargeException extends PosterException {
    private static final long serialVersionUID = 1L;

    /** The payload's length in bytes, as the symbol would carry it. */
    private final int byteLength;
    /** The most bytes the QR box holds at the spec's error-correction level. */
    private final int limit;

    /**
     * @param byteLength the payload's length in bytes, as encoded in the symbol
     * @param limit the most bytes the box holds at the spec's error-correction level
     * @param qrSize the QR box size in pixels
     * @param level the error-correction level
     * @param moduleSize the smallest module allowed on the poster, in pixels
     */
    public QrPayloadTooLargeException(int byteLength, int limit, int qrSize, QrErrorCorrection level, int moduleSize) {
        super("qrContent is " + byteLength + " bytes, but a " + qrSize + " px QR box at error correction " + level
                + " holds at most " + limit + " bytes (modules of at least " + moduleSize
                + " px and a quiet zone of 4 modules); shorten the link, enlarge qrSize or drop the logo");
        this.byteLength = byteLength;
        this.limit = limit;
    }

    /** @return the payload's length in bytes, as the symbol would carry it */
    public int byteLength() {
        return byteLength;
    }

    /** @return the most bytes the QR box holds at the spec's error-correction level */
    public int limit() {
        return limit;
    }
}
