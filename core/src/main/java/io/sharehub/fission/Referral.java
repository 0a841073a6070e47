package io.sharehub.fission;

import java.time.Instant;
import java.util.List;

/**
 * A new referral: a visitor a sharer's link brought into a campaign's graph.
 *
 * @param referralId the referral id
 * @param campaignId the campaign
 * @param sharerId the sharer (level 1)
 * @param visitorId the visitor, now the sharer's child
 * @param at when
 * @param entryChannel POSTER or LINK
 * @param flagReason why a fraud rule flagged it, or {@code null}
 * @param reversed whether an administrator reversed it
 * @param payouts the points it paid, level by level (levels that paid 0 left out)
 */
public record Referral(String referralId, String campaignId, String sharerId, String visitorId, Instant at,
        EntryChannel entryChannel, String flagReason, boolean reversed, List<Payout> payouts) {

    /** Copies the payouts. */
    public Referral {
        payouts = List.copyOf(payouts);
    }

    /** @return whether a fraud rule flagged it */
    public boolean flagged() {
        return flagReason != null;
    }
}
