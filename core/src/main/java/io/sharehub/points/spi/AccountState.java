package io.sharehub.points.spi;

/**
 * An account's totals.
 *
 * @param balance the sum of its entries, 0 or more
 * @param debt what reversals could not take and later positive entries have not paid back, 0 or more
 */
public record AccountState(long balance, long debt) {
    /** The state of an account never seen. */
    public static final AccountState EMPTY = new AccountState(0, 0);
}
