package io.sharehub.fission.internal;

import io.sharehub.fission.Payout;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What fission needs of the points ledger, inside the caller's transaction.
 */
public interface Rewards {

    /**
     * Credits a new referral: the level-1 account gets one more {@code invited} even when its
     * amount is 0; each positive payout writes a ledger entry.
     *
     * @param referralId the referral
     * @param campaignId the campaign
     * @param at the referral's instant
     * @param payouts level 1 first; amounts may be 0
     * @param units each payout account's latest unit, or {@code null}, in payout order
     */
    void credit(String referralId, String campaignId, Instant at, List<Payout> payouts, List<String> units);

    /** Reverses every level of a referral; a second reversal changes nothing. */
    void reverse(String referralId, Instant at);

    /** @return referral points the account earned on a hub-zone day, all levels, all campaigns */
    long earnedOn(String account, LocalDate day);

    /** @return the account's non-reversed referral points in the campaign */
    long campaignPoints(String campaignId, String account);

    /** Moves everything of one account into another. */
    void merge(String fromAccount, String intoAccount);
}
