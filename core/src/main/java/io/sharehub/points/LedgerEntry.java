package io.sharehub.points;

import java.time.Instant;

/**
 * One line of the append-only ledger. The balance of an account is the sum of its entries.
 *
 * @param sequence the store's number for the entry, unique and increasing in the order entries
 *     were written
 * @param account the account the points belong to
 * @param amount whole points, positive or negative, never 0
 * @param reason why the entry was written
 * @param campaignId the campaign of a referral award, its debt repayment or its reversal;
 *     {@code null} otherwise
 * @param referralId the referral an award, its debt repayment or its reversal belongs to;
 *     {@code null} otherwise
 * @param instant when it happened: given by the host or the hub's clock when not given
 * @param key the idempotency key of the adjustment or redemption that wrote it; {@code null} for
 *     referral entries and merges
 * @param note the host's note on an adjustment or redemption; {@code null} when none
 */
public record LedgerEntry(long sequence, String account, long amount, EntryReason reason, String campaignId,
        String referralId, Instant instant, String key, String note) {
}
