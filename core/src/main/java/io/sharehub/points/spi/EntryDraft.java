package io.sharehub.points.spi;

import io.sharehub.points.EntryReason;
import java.time.Instant;

/**
 * A ledger entry about to be appended; the store gives it its sequence.
 *
 * @param account the account
 * @param amount whole points, never 0
 * @param reason why
 * @param campaignId the referral's campaign, or {@code null}
 * @param referralId the referral, or {@code null}
 * @param instant when it happened
 * @param key the ledger key of the adjustment or redemption, or {@code null}
 * @param note the host's note, or {@code null}
 */
public record EntryDraft(String account, long amount, EntryReason reason, String campaignId, String referralId,
        Instant instant, String key, String note) {
}
