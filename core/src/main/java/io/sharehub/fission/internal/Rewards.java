package io.sharehub.fission.internal;

import io.sharehub.fission.Payout;
import java.time.Instant;
import java.util.List;

/**
 * What fission needs of the points ledger, inside the caller's transaction.
 */
public interface Rewards {

    /**
     * Credits a new referral: the level-1 account gets one more {@code invited} even when its
     * amount is 0; each positive payout writes a ledger entry. A daily cap is applied by the
     * ledger under each account's lock, so racing referrals never pay past it.
     *
     * @param referralId the referral
     * @param campaignId the campaign
     * @param at the referral's instant
     * @param payouts what the rule pays, level 1 first; amounts may be 0
     * @param units each payout account's latest unit, or {@code null}, in payout order
     * @param dailyCap the most referral points an account may earn per hub-zone day, or {@code null}
     * @return what was actually paid, level by level (after the cap; 0 where nothing was paid)
     */
    List<Payout> credit(String referralId, String campaignId, Instant at, List<Payout> payouts, List<String> units,
            Long dailyCap);

    /** Reverses every level of a referral; a second reversal changes nothing. */
    void reverse(String referralId, Instant at);

    /** @return the account's non-reversed referral points in the campaign */
    long campaignPoints(String campaignId, String account);

    /** Moves everything of one account into another. */
    void merge(String fromAccount, String intoAccount);

    /** @return the ledger's store, which a batch of visits reads through ({@link VisitBatch}) */
    io.sharehub.points.spi.LedgerStore ledgerStore();

    /**
     * Runs work whose credits read and write through a batch's view of the ledger's store.
     *
     * @param view the batch's view of {@link #ledgerStore()}
     * @param work the work
     * @param <T> what the work returns
     * @return what the work returned
     */
    <T> T within(io.sharehub.points.spi.LedgerStore view, java.util.function.Supplier<T> work);
}
