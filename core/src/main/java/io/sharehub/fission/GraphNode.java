package io.sharehub.fission;

import java.time.Instant;

/**
 * A person's place in one campaign's share graph. The graph is a forest: a node's parent never
 * changes, except by an identity merge.
 *
 * @param campaignId the campaign
 * @param personId the person
 * @param parentId the sharer whose link brought them, or {@code null} for a root
 * @param depth 0 for a root, the parent's depth plus one otherwise
 * @param entryChannel how they entered: DIRECT for roots, POSTER or LINK for referrals
 * @param joinedAt when they became a node
 * @param referralId the referral that made them a child, or {@code null} for a root
 * @param reversed whether an administrator reversed that referral (the node stays, marked)
 */
public record GraphNode(String campaignId, String personId, String parentId, int depth, EntryChannel entryChannel,
        Instant joinedAt, String referralId, boolean reversed) {

    /** @return whether this node is a root */
    public boolean isRoot() {
        return parentId == null;
    }
}
