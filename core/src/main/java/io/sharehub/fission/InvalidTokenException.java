package io.sharehub.fission;

import io.sharehub.ShareHubException;

/**
 * A share token is forged, altered, truncated, not in canonical form, signed by an unknown or
 * retired key, or names no share. Nothing was recorded.
 */
public final class InvalidTokenException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /**
     * @param reason what is wrong with the token
     * @param detail the rule it broke, in words
     */
    public InvalidTokenException(Reason reason, String detail) {
        super("token " + detail);
        this.reason = reason;
    }

    /** @return what is wrong with the token */
    public Reason reason() {
        return reason;
    }

    /** What is wrong with a token. */
    public enum Reason {
        /** Not 32 characters of the URL-safe Base64 alphabet. */
        MALFORMED,
        /** Signed with a key the hub does not hold (never had, or retired). */
        UNKNOWN_KEY,
        /** The signature does not match: forged or altered. */
        BAD_SIGNATURE,
        /** Validly signed, but the share does not exist in this hub's stores. */
        UNKNOWN_SHARE
    }
}
