package io.sharehub.people;

import java.util.Optional;

/**
 * What ShareHub knows about people: only opaque ids, the latest unit the host stated, the owner
 * (所属人) fission bound, and which ids were merged. Names, phone numbers and avatars stay in the
 * host (see {@link io.sharehub.export} for the profile directory reports use).
 *
 * <p>Thread-safe.
 */
public interface People {

    /**
     * The person's owner now: by default the sharer of the person's first new referral, kept for
     * ever; the hub's {@link io.sharehub.fission.FissionConfig} may choose last touch, new visitors
     * only, and an expiry after which no owner is shown.
     *
     * @param personId a person
     * @return their owner, if one is bound and not expired
     */
    Optional<String> ownerOf(String personId);

    /**
     * @param personId a person
     * @return the latest unit (store or dealer) stated for them
     */
    Optional<String> unitOf(String personId);

    /**
     * @param personId an id as the host gave it
     * @return the id it was merged into, following merges to the end, or the id itself
     */
    String resolve(String personId);

    /**
     * Links an anonymous id to a member id when the visitor registers: everything recorded for the
     * anonymous id becomes the member's — events, reads, shares, graph positions, owner, points and
     * debt. Per campaign, where both are nodes the earlier-joined node stays with its parent, the
     * other node's referral (if it was one) is reversed and its children move under the node that
     * stays (awards already paid for them stay paid); where the remaining node's parent is now the
     * person themselves, that referral is reversed and the node becomes a root. Unique counts and
     * favourites count the merged person once. If both had owners the earlier binding stays; an
     * owner that would be the person themselves is cleared. Both ids' tokens keep working and
     * resolve to the member. Caps are not re-applied to the past.
     *
     * <p>Idempotent: merging the same ids again changes nothing.
     *
     * @param anonymousId the id recorded so far (a device, cookie or openid)
     * @param memberId the member id it belongs to
     * @return what the merge did
     * @throws io.sharehub.InvalidInputException if an id is blank or both are the same id
     */
    MergeOutcome merge(String anonymousId, String memberId);

    /**
     * Erases a person on request: their id is replaced everywhere (events, reads, shares, graph
     * positions, owners, points, debt) by a stable pseudonym that does not reveal it; counts, graph
     * edges and points totals stay correct. The ids merged into the person are forgotten too, and
     * reports no longer ask the profile directory about the pseudonym. Later calls with the old
     * id start a new, empty person. Erasing an id the hub has never seen returns its pseudonym and
     * changes nothing.
     *
     * @param personId the person to erase
     * @return the pseudonym, {@code erased-} followed by 26 characters
     */
    String erase(String personId);

    /**
     * @param personId a person id
     * @return whether it is the pseudonym of an erased person
     */
    static boolean isErased(String personId) {
        return personId.startsWith(ERASED_PREFIX);
    }

    /** How every pseudonym of an erased person begins. */
    String ERASED_PREFIX = "erased-";

    /**
     * What a merge did.
     *
     * @param from the id merged away
     * @param into the id that holds everything now
     * @param merged {@code false} when the ids were merged before (nothing changed now)
     * @param reversedReferrals the referrals the merge reversed, such as a visitor's referral by
     *     their own member id
     */
    record MergeOutcome(String from, String into, boolean merged, java.util.List<String> reversedReferrals) {
        /** Copies the list. */
        public MergeOutcome {
            reversedReferrals = java.util.List.copyOf(reversedReferrals);
        }
    }
}
