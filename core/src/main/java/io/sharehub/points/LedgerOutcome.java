package io.sharehub.points;

import java.util.List;

/**
 * What a recording call wrote to the ledger. A repeat of the call with the same idempotency id
 * returns the same outcome and writes nothing.
 *
 * @param entries the entries written, in the order they were written; empty when the call paid
 *     nothing (a referral whose awards were all 0)
 */
public record LedgerOutcome(List<LedgerEntry> entries) {
    /** Copies the entries. */
    public LedgerOutcome {
        entries = List.copyOf(entries);
    }

    /**
     * @param account an account
     * @return the net change the call made to that account's balance
     */
    public long netFor(String account) {
        long sum = 0;
        for (LedgerEntry entry : entries) {
            if (entry.account().equals(account)) {
                sum += entry.amount();
            }
        }
        return sum;
    }
}
