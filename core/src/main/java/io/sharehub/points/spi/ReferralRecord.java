package io.sharehub.points.spi;

import java.time.Instant;
import java.util.List;

/**
 * A credited referral, kept under its id so that a repeat can be told from a conflict and the
 * referral can be reversed.
 *
 * @param referralId the referral id, unique across the hub
 * @param campaignId its campaign
 * @param instant when it happened
 * @param day the hub-zone day of {@code instant}, as days since 1970-01-01
 * @param payload the credit as it was asked for, in a canonical text form the core compares
 *     repeats with; never changed once recorded
 * @param awards the recorded awards, level 1 first
 * @param reversedAt when it was reversed, or {@code null} while it counts
 */
public record ReferralRecord(String referralId, String campaignId, Instant instant, long day, String payload,
        List<AwardRecord> awards, Instant reversedAt) {
    /** Copies the awards. */
    public ReferralRecord {
        awards = List.copyOf(awards);
    }

    /** @return whether it was reversed */
    public boolean reversed() {
        return reversedAt != null;
    }
}
