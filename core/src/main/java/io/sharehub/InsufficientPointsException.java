package io.sharehub;

/**
 * A redemption or a negative adjustment asked for more points than the account holds. The
 * balance never goes below zero; nothing was written.
 */
public final class InsufficientPointsException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    private final String account;
    private final long requested;
    private final long balance;

    /**
     * @param account the account asked to pay
     * @param requested the points asked for
     * @param balance the balance when the request was judged
     */
    public InsufficientPointsException(String account, long requested, long balance) {
        super("points must not exceed the balance of account \"" + account + "\" (" + balance
                + "), but was " + requested);
        this.account = account;
        this.requested = requested;
        this.balance = balance;
    }

    /** @return the account asked to pay */
    public String account() {
        return account;
    }

    /** @return the points asked for */
    public long requested() {
        return requested;
    }

    /** @return the balance when the request was judged */
    public long balance() {
        return balance;
    }
}
