package io.sharehub;

/**
 * The one unchecked root of every exception ShareHub throws on purpose.
 *
 * <p>Catch this type to handle any ShareHub failure; catch a subclass to handle one kind. Every
 * message names what failed and, for bad input, the field, the rule and the offending value.
 * Whenever ShareHub throws one of these while recording, nothing of that call was stored.
 */
public abstract class ShareHubException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, in words a host developer can act on
     */
    protected ShareHubException(String message) {
        super(message);
    }

    /**
     * @param message what failed, in words a host developer can act on
     * @param cause the underlying failure, kept for diagnosis
     */
    protected ShareHubException(String message, Throwable cause) {
        super(message, cause);
    }
}
