package io.sharehub.fission.spi;

import io.sharehub.Page;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.PromoterVisitor;
import io.sharehub.fission.Referral;
import io.sharehub.fission.Share;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fission's storage port: campaigns, shares, share actions, graph nodes, visits, referrals and
 * their counters. Called by the core inside {@link io.sharehub.store.Transactions} of the same
 * set, with checked arguments.
 *
 * <p>The first-touch rule and every idempotency id rest on this port: {@link #insertNode} must
 * insert only when no node exists for (campaign, person), atomically (a unique key), and report
 * which happened; likewise {@link #insertShare} for (person, campaign, channel), and
 * {@link #addSharer}, {@link #addVisitor}, {@link #addPromoterVisitor} for their sets. Counters
 * change by atomic increments. Implementations must be thread-safe.
 */
public interface FissionStore {

    /** @return the campaign, if it exists */
    Optional<Campaign> campaign(String campaignId);

    /** @param campaign a campaign whose id is new */
    void insertCampaign(Campaign campaign);

    /** @param campaign an existing campaign's new state */
    void updateCampaign(Campaign campaign);

    /** @return every campaign, in any order */
    List<Campaign> campaigns();

    /** @return the share with this id, if it exists */
    Optional<Share> share(long shareId);

    /** @return the share of this person, campaign and channel, if it exists */
    Optional<Share> share(String personId, String campaignId, Channel channel);

    /**
     * Inserts a share unless one exists for its (person, campaign, channel) or its id is taken.
     *
     * @return whether it was inserted
     */
    boolean insertShare(Share share);

    /** @return the share actions with these request ids, by id */
    Map<String, ShareAction> shareActions(Collection<String> requestIds);

    /** @param action a share action whose request id is new */
    void insertShareAction(ShareAction action);

    /**
     * Notes that a person shared a campaign.
     *
     * @return {@code true} the first time for this (campaign, person): the fission task is complete
     */
    boolean addSharer(String campaignId, String personId, Instant at);

    /** @return the person's node in the campaign's graph, if any */
    Optional<GraphNode> node(String campaignId, String personId);

    /**
     * Inserts a node unless the person is already a node of the campaign.
     *
     * @return whether it was inserted (first touch)
     */
    boolean insertNode(GraphNode node);

    /** @return the children of a person in a campaign, earliest first, then by id */
    List<GraphNode> children(String campaignId, String personId);

    /** @return the roots of a campaign, earliest first, then by id, paged */
    Page<GraphNode> roots(String campaignId, int page, int size);

    /**
     * Walks a campaign's graph breadth first from its roots (or from one node), stopping after
     * {@code maxNodes} nodes or below {@code maxDepth} levels of the start.
     *
     * @param startPersonId the node to start from, or {@code null} for every root
     * @param action receives each node
     */
    void walk(String campaignId, String startPersonId, int maxDepth, int maxNodes, Consumer<GraphNode> action);

    /** @return the number of nodes below a person in a campaign, at any depth */
    long descendants(String campaignId, String personId);

    /** @return the number of nodes in a campaign's graph */
    long nodeCount(String campaignId);

    /** @return the greatest depth in a campaign's graph, or -1 when empty */
    int maxDepth(String campaignId);

    /** @return the visits with these ids, by id */
    Map<String, StoredVisit> visits(Collection<String> visitIds);

    /** @param visit a visit whose id is new */
    void insertVisit(StoredVisit visit);

    /** @param referral a new referral */
    void insertReferral(Referral referral);

    /** @return the referral, if it exists */
    Optional<Referral> referral(String referralId);

    /**
     * @return how many referrals the sharer made with {@code from <= at < to}, in every campaign,
     *     reversed ones included
     */
    long referralsBy(String sharerId, Instant from, Instant to);

    /**
     * Notes that a device was seen for a person.
     *
     * @return the first other person the device was seen for before, if any
     */
    Optional<String> rememberDevice(String deviceId, String personId);

    /**
     * Adds a visitor to a campaign's distinct visitors.
     *
     * @return whether they had not visited the campaign before
     */
    boolean addVisitor(String campaignId, String visitorId);

    /**
     * Adds a visit to a promoter's visitor list: the visitor is added when new, and their visit
     * count grows by one.
     *
     * @return whether the visitor was new to this promoter in this campaign
     */
    boolean addPromoterVisitor(String campaignId, String promoterId, String visitorId, Instant at);

    /** Adds to a campaign's counters, atomically. */
    void addCampaignCounts(String campaignId, CampaignCounts delta);

    /** Adds to a promoter's counters in a campaign, atomically. */
    void addPromoterCounts(String campaignId, String personId, PromoterCounts delta);

    /**
     * Marks a referral and its node reversed.
     *
     * @param referralId a referral that is not reversed yet
     */
    void markReversed(String referralId);

    /**
     * @return flagged referrals, newest first, then by id
     */
    Page<Referral> flagged(int page, int size);

    /** @return the campaigns in whose graph the person is a node */
    List<String> campaignsWithNode(String personId);

    /**
     * Removes a node from a campaign's graph and moves its children, with their subtrees, under
     * another node; depths below are recomputed and subtree sizes kept right.
     *
     * @param campaignId the campaign
     * @param personId the node to remove
     * @param newParentId the node its children move under
     */
    void removeNode(String campaignId, String personId, String newParentId);

    /**
     * Makes a node a root: no parent, depth 0, depths below recomputed.
     */
    void makeRoot(String campaignId, String personId);

    /**
     * Gives a node, and its children's parent references, another person id.
     */
    void renameNode(String campaignId, String fromPersonId, String intoPersonId);

    /**
     * Makes everything recorded for one person, except graph nodes (which the core moves first),
     * the other's: shares (a share keeps its old person id when the other already has one for the
     * same campaign and channel, so both tokens keep working), share actions, visits, referrals,
     * sharer and visitor sets (counted once: a campaign both shared or visited loses one from
     * {@code sharers} or {@code uniqueVisitors}), promoter counters and visitor lists (summed),
     * and devices.
     */
    void mergePerson(String fromPersonId, String intoPersonId);

    /** @return a campaign's statistics from its counters */
    CampaignStats campaignStats(String campaignId);

    /**
     * @return a campaign's promoters with their counters (points 0: the core adds them), most
     *     referrals first, then reads, then shares, then id
     */
    Page<io.sharehub.fission.PromoterStats> promoters(String campaignId, int page, int size);

    /**
     * @return the visitors a promoter's links brought, earliest first (owner {@code null}, referral
     *     and entry channel from the graph)
     */
    Page<PromoterVisitor> promoterVisitors(String campaignId, String promoterId, int page, int size);

    // ---------------------------------------------------------------- batches of visits
    // Set-wise forms of the single-row methods above, for a batch of visits in one transaction.
    // The defaults loop over those methods, so a store needs to override them only to save round
    // trips; an override must answer and change exactly what the loop would.

    /**
     * @param shareIds share ids
     * @return the shares among them that exist, by id
     * @since 0.1
     */
    default Map<Long, Share> shares(Collection<Long> shareIds) {
        Map<Long, Share> found = new HashMap<>();
        for (long id : shareIds) {
            share(id).ifPresent(s -> found.put(id, s));
        }
        return found;
    }

    /**
     * @param campaignId a campaign
     * @param personIds people
     * @return the nodes among them in the campaign's graph, by person id
     * @since 0.1
     */
    default Map<String, GraphNode> nodes(String campaignId, Collection<String> personIds) {
        Map<String, GraphNode> found = new HashMap<>();
        for (String person : personIds) {
            node(campaignId, person).ifPresent(n -> found.put(person, n));
        }
        return found;
    }

    /**
     * Inserts nodes, in the order given, as {@link #insertNode} does one by one (a node whose
     * person is already a node of its campaign is left out).
     *
     * @param nodes the nodes
     * @since 0.1
     */
    default void insertNodes(List<GraphNode> nodes) {
        for (GraphNode node : nodes) {
            insertNode(node);
        }
    }

    /**
     * Adds visitors to a campaign's distinct visitors, as {@link #addVisitor} does one by one.
     *
     * @param campaignId the campaign
     * @param visitorIds the visitors, without repeats
     * @return those who had not visited the campaign before
     * @since 0.1
     */
    default Set<String> addVisitors(String campaignId, List<String> visitorIds) {
        Set<String> added = new LinkedHashSet<>();
        for (String visitor : visitorIds) {
            if (addVisitor(campaignId, visitor)) {
                added.add(visitor);
            }
        }
        return added;
    }

    /**
     * Adds visits to promoters' visitor lists, as {@link #addPromoterVisitor} called
     * {@link PromoterVisits#visits()} times with {@link PromoterVisits#firstAt()} does.
     *
     * @param visits one entry per (campaign, promoter, visitor)
     * @since 0.1
     */
    default void addPromoterVisits(List<PromoterVisits> visits) {
        for (PromoterVisits v : visits) {
            for (long i = 0; i < v.visits(); i++) {
                addPromoterVisitor(v.campaignId(), v.promoterId(), v.visitorId(), v.firstAt());
            }
        }
    }

    /**
     * Adds to promoters' counters in a campaign, as {@link #addPromoterCounts(String, String,
     * PromoterCounts)} does one by one.
     *
     * @param campaignId the campaign
     * @param deltas per promoter, what to add
     * @since 0.1
     */
    default void addPromoterCounts(String campaignId, Map<String, PromoterCounts> deltas) {
        deltas.forEach((person, delta) -> addPromoterCounts(campaignId, person, delta));
    }

    /**
     * Inserts visits whose ids are new, as {@link #insertVisit} does one by one.
     *
     * @param visits the visits, in order
     * @since 0.1
     */
    default void insertVisits(List<StoredVisit> visits) {
        visits.forEach(this::insertVisit);
    }

    /**
     * Inserts new referrals, as {@link #insertReferral} does one by one.
     *
     * @param referrals the referrals, in order
     * @since 0.1
     */
    default void insertReferrals(List<Referral> referrals) {
        referrals.forEach(this::insertReferral);
    }
}
