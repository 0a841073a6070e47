package io.sharehub.fission;

import io.sharehub.access.Decision;
import java.util.List;

/**
 * What became of a visit.
 *
 * @param visitId the visit's id (generated when none was given)
 * @param status recorded now, a repeat, denied, or (in a batch) an id conflict
 * @param decision {@link Decision#ALLOW}, or {@link Decision#NOT_FOUND} when the visitor may not
 *     list the campaign's material (nothing is recorded then)
 * @param campaignId the campaign
 * @param sharerId whose link it was
 * @param newReferral whether the visit made the visitor a new referral of the sharer
 * @param referralId the referral's id, or {@code null}
 * @param entryChannel for a new referral, how the visitor entered the graph; {@code null} otherwise
 * @param payouts the points paid, level by level (levels that paid 0 are left out)
 * @param flagged whether a fraud rule flagged the referral for review (it is paid all the same)
 */
public record VisitOutcome(String visitId, Status status, Decision decision, String campaignId, String sharerId,
        boolean newReferral, String referralId, EntryChannel entryChannel, List<Payout> payouts, boolean flagged) {

    /** Copies the payouts. */
    public VisitOutcome {
        payouts = List.copyOf(payouts);
    }

    /** What became of a visit. */
    public enum Status {
        /** Recorded as a read now (and possibly a referral). */
        RECORDED,
        /** Recorded before with the same payload; nothing changed now. */
        REPEATED,
        /** The visitor may not list the campaign's material; nothing was recorded. */
        DENIED,
        /** In a batch: the id was recorded before with a different payload. */
        CONFLICT
    }

    /** @return the points paid in all, over every level */
    public long pointsPaid() {
        return payouts.stream().mapToLong(Payout::points).sum();
    }
}
