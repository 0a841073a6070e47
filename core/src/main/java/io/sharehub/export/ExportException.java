package io.sharehub.export;

import io.sharehub.ShareHubException;

/** A report could not be written; the cause says why (the output stream failed, a row was bad). */
public final class ExportException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with the report title and the row number where known
     * @param cause the underlying failure
     */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
