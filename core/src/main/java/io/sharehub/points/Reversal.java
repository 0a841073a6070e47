package io.sharehub.points;

import java.time.Instant;
import java.util.List;

/**
 * What reversing a referral did. A second reversal of the same referral changes nothing and
 * returns the first one's outcome.
 *
 * @param referralId the referral
 * @param instant when it was reversed
 * @param awards how each award was taken back, level 1 first
 * @param entries the {@link EntryReason#REVERSAL} entries written
 */
public record Reversal(String referralId, Instant instant, List<ReversedAward> awards, List<LedgerEntry> entries) {
    /** Copies the lists. */
    public Reversal {
        awards = List.copyOf(awards);
        entries = List.copyOf(entries);
    }
}
