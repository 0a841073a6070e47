package io.sharehub.fission;

import java.time.Instant;
import java.util.List;

/**
 * Hears what fission tracking records, after it is committed: to push a message to a sharer,
 * update a CRM, or queue a review. Called on the recording thread once the transaction commits;
 * an exception is logged and never undoes the record. Every method does nothing by default.
 *
 * <p>Implementations must be thread-safe.
 */
public interface FissionListener {

    /**
     * A visit made a new referral.
     *
     * @param referral what happened
     */
    default void referralMade(Referral referral) {
    }

    /**
     * A referral paid points (called once per referral, with every level that paid more than 0).
     *
     * @param referral the referral
     * @param payouts the points paid, level by level
     */
    default void pointsPaid(Referral referral, List<Payout> payouts) {
    }

    /**
     * A person shared a campaign for the first time: their fission task is complete.
     *
     * @param campaignId the campaign
     * @param personId the person
     * @param at when
     */
    default void taskCompleted(String campaignId, String personId, Instant at) {
    }

    /**
     * A fraud rule flagged a referral for review. It was paid all the same.
     *
     * @param referral the referral
     * @param reason which rule flagged it
     */
    default void referralFlagged(Referral referral, String reason) {
    }
}
