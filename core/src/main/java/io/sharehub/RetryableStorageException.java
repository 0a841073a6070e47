package io.sharehub;

/**
 * A serialization failure or a deadlock inside a transaction the host owns. ShareHub retries
 * these itself when it owns the transaction; inside the host's it cannot, so it throws this: roll
 * the host transaction back and run the whole unit of work again.
 */
public final class RetryableStorageException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing
     * @param cause the store's own exception
     */
    public RetryableStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
