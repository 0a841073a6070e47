package io.sharehub;

/**
 * A store failed: the database refused, the connection broke. The store's own exception is the
 * cause. When ShareHub owns the transaction, the transaction was rolled back and nothing of the
 * call was stored.
 */
public class StorageException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing
     * @param cause the store's own exception
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
