package io.sharehub.poster;

import io.sharehub.ShareHubException;

/**
 * A poster could not be drawn: an image or font in the spec is not readable, the imaging library
 * failed, or the QR payload does not fit ({@link QrPayloadTooLargeException}). The message names
 * the spec field where one is to blame; the cause, when there is one, is the library's own error.
 * When this is thrown, no poster was produced.
 */
public class PosterException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the spec field where one is to blame
     */
    public PosterException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming the spec field where one is to blame
     * @param cause the imaging, font or I/O failure underneath, kept for diagnosis
     */
    public PosterException(String message, Throwable cause) {
        super(message, cause);
    }
}
