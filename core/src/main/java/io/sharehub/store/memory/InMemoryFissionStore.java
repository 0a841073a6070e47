package io.sharehub.store.memory;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.PromoterStats;
import io.sharehub.fission.PromoterVisitor;
import io.sharehub.fission.Referral;
import io.sharehub.fission.Share;
import io.sharehub.fission.spi.CampaignCounts;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.fission.spi.PromoterCounts;
import io.sharehub.fission.spi.ShareAction;
import io.sharehub.fission.spi.StoredVisit;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fission in memory. Guarded by the set's {@link InMemoryTransactions}, so plain collections
 * suffice.
 *
 * <p>Everything a campaign knows about one person (graph node, children, sharer and visitor marks,
 * promoter counters and visitors, shares per channel) sits in one {@link Member}, found with one
 * lookup in the campaign's map: a visit touches a handful of objects, not a dozen maps.
 */
final class InMemoryFissionStore implements FissionStore {
    private static final Comparator<GraphNode> EARLIEST =
            Comparator.comparing(GraphNode::joinedAt).thenComparing(GraphNode::personId, Ids.ORDER);
    private static final Channel[] CHANNELS = Channel.values();

    /** One campaign's graph and counters. */
    private static final class CampaignData {
        final Map<String, Member> members = new HashMap<>();
        final Set<String> roots = new HashSet<>();
        int nodes;
        int maxDepth = -1;
        long reads;
        long uniqueVisitors;
        long sharers;
        long newReferrals;
        final Map<Channel, Long> shares = new EnumMap<>(Channel.class);

        Member member(String person) {
            Member m = members.get(person);
            if (m == null) {
                m = new Member();
                members.put(person, m);
            }
            return m;
        }

        NodeData node(String person) {
            Member m = members.get(person);
            return m == null ? null : m.node;
        }
    }

    /** One person in one campaign. */
    private static final class Member {
        /** The person's graph node, or {@code null} while they are not a node. */
        NodeData node;
        boolean sharer;
        boolean visitor;
        /** Promoter counters. */
        long shares;
        long reads;
        long referrals;
        /** The visitors this person's links brought, or {@code null} while none. */
        Visitors visitors;
        /** This person's shares by channel ordinal, or {@code null} while none. */
        Share[] sharesByChannel;

        boolean isEmpty() {
            return node == null && !sharer && !visitor && shares == 0 && reads == 0 && referrals == 0
                    && visitors == null && sharesByChannel == null;
        }
    }

    /**
     * A node with its parent, children and subtree size. The parent link follows the node's
     * {@code parentId}, so that walking up to the root chases references instead of hashing ids.
     */
    private static final class NodeData {
        GraphNode node;
        /** The parent's node, or {@code null} for a root. */
        NodeData parent;
        /** Children's person ids, or {@code null} while a leaf (most nodes are). */
        List<String> children;
        long descendants;

        NodeData(GraphNode node, NodeData parent) {
            this.node = node;
            this.parent = parent;
        }

        List<String> children() {
            return children == null ? List.of() : children;
        }

        /** Adds a child; a node has one parent, so it is in no other list and not in this one yet. */
        void addChild(String person) {
            if (children == null) {
                children = new ArrayList<>(2);
            }
            children.add(person);
        }

        void removeChild(String person) {
            if (children != null) {
                children.remove(person);
            }
        }
    }

    /** A visitor of one promoter. */
    private static final class VisitorData {
        final String visitor;
        final Instant first;
        long visits;

        VisitorData(String visitor, Instant first) {
            this.visitor = visitor;
            this.first = first;
        }
    }

    /**
     * The visitors of one promoter in one campaign: most promoters bring one or two, so a short
     * array searched in order, indexed by a map only once it grows.
     */
    private static final class Visitors {
        private static final int INDEX_FROM = 8;
        private VisitorData[] items = new VisitorData[2];
        private int size;
        private Map<String, VisitorData> index;

        VisitorData get(String visitor) {
            if (index != null) {
                return index.get(visitor);
            }
            for (int i = 0; i < size; i++) {
                if (items[i].visitor.equals(visitor)) {
                    return items[i];
                }
            }
            return null;
        }

        void add(VisitorData v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
            if (index != null) {
                index.put(v.visitor, v);
            } else if (size > INDEX_FROM) {
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(items[i].visitor, items[i]);
                }
            }
        }

        /** Replaces or adds the entry of {@code v.visitor}. */
        void put(VisitorData v) {
            for (int i = 0; i < size; i++) {
                if (items[i].visitor.equals(v.visitor)) {
                    items[i] = v;
                    if (index != null) {
                        index.put(v.visitor, v);
                    }
                    return;
                }
            }
            add(v);
        }

        VisitorData remove(String visitor) {
            for (int i = 0; i < size; i++) {
                if (items[i].visitor.equals(visitor)) {
                    VisitorData gone = items[i];
                    System.arraycopy(items, i + 1, items, i, size - i - 1);
                    items[--size] = null;
                    if (index != null) {
                        index.remove(visitor);
                    }
                    return gone;
                }
            }
            return null;
        }

        List<VisitorData> list() {
            return Arrays.asList(items).subList(0, size);
        }
    }

    /**
     * When one sharer's referrals happened, in instant order (they mostly arrive in order), for
     * the burst rule's count over a window.
     */
    private static final class ReferralTimes {
        private long[] seconds = new long[2];
        private int[] nanos = new int[2];
        private int size;

        void add(Instant at) {
            if (size == seconds.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            int i = size;
            while (i > 0 && compare(i - 1, at.getEpochSecond(), at.getNano()) > 0) {
                seconds[i] = seconds[i - 1];
                nanos[i] = nanos[i - 1];
                i--;
            }
            seconds[i] = at.getEpochSecond();
            nanos[i] = at.getNano();
            size++;
        }

        void addAll(ReferralTimes other) {
            for (int i = 0; i < other.size; i++) {
                add(Instant.ofEpochSecond(other.seconds[i], other.nanos[i]));
            }
        }

        /** @return how many lie in {@code [from, to)} */
        long count(Instant from, Instant to) {
            return firstNotBefore(to) - firstNotBefore(from);
        }

        private int firstNotBefore(Instant at) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (compare(mid, at.getEpochSecond(), at.getNano()) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private int compare(int i, long s, int n) {
            int c = Long.compare(seconds[i], s);
            return c != 0 ? c : Integer.compare(nanos[i], n);
        }
    }

    private final Map<String, Campaign> campaigns = new HashMap<>();
    private final Map<String, CampaignData> data = new HashMap<>();
    private final LongMap<Share> shares = new LongMap<>();
    private final Map<String, ShareAction> actions = new HashMap<>();
    private final Map<String, StoredVisit> visits = new HashMap<>();
    private final Map<String, Referral> referrals = new HashMap<>();
    private final Map<String, ReferralTimes> referralTimes = new HashMap<>();
    private final Map<String, String> devices = new HashMap<>();

    private CampaignData data(String campaignId) {
        CampaignData d = data.get(campaignId);
        if (d == null) {
            d = new CampaignData();
            data.put(campaignId, d);
        }
        return d;
    }

    private Member member(String campaignId, String personId) {
        CampaignData d = data.get(campaignId);
        return d == null ? null : d.members.get(personId);
    }

    @Override
    public Optional<Campaign> campaign(String campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public void insertCampaign(Campaign campaign) {
        campaigns.put(campaign.id(), campaign);
    }

    @Override
    public void updateCampaign(Campaign campaign) {
        campaigns.put(campaign.id(), campaign);
    }

    @Override
    public List<Campaign> campaigns() {
        return List.copyOf(campaigns.values());
    }

    @Override
    public Optional<Share> share(long shareId) {
        return Optional.ofNullable(shares.get(shareId));
    }

    @Override
    public Optional<Share> share(String personId, String campaignId, Channel channel) {
        Member m = member(campaignId, personId);
        return m == null || m.sharesByChannel == null ? Optional.empty()
                : Optional.ofNullable(m.sharesByChannel[channel.ordinal()]);
    }

    @Override
    public boolean insertShare(Share share) {
        if (shares.containsKey(share.shareId())) {
            return false;
        }
        Member m = data(share.campaignId()).member(share.personId());
        if (m.sharesByChannel == null) {
            m.sharesByChannel = new Share[CHANNELS.length];
        } else if (m.sharesByChannel[share.channel().ordinal()] != null) {
            return false;
        }
        m.sharesByChannel[share.channel().ordinal()] = share;
        shares.put(share.shareId(), share);
        return true;
    }

    @Override
    public Map<String, ShareAction> shareActions(Collection<String> requestIds) {
        Map<String, ShareAction> found = new HashMap<>();
        for (String id : requestIds) {
            ShareAction action = actions.get(id);
            if (action != null) {
                found.put(id, action);
            }
        }
        return found;
    }

    @Override
    public void insertShareAction(ShareAction action) {
        actions.put(action.requestId(), action);
    }

    @Override
    public boolean addSharer(String campaignId, String personId, Instant at) {
        Member m = data(campaignId).member(personId);
        if (m.sharer) {
            return false;
        }
        m.sharer = true;
        return true;
    }

    @Override
    public Optional<GraphNode> node(String campaignId, String personId) {
        Member m = member(campaignId, personId);
        return m == null || m.node == null ? Optional.empty() : Optional.of(m.node.node);
    }

    @Override
    public boolean insertNode(GraphNode node) {
        CampaignData d = data(node.campaignId());
        Member m = d.member(node.personId());
        if (m.node != null) {
            return false;
        }
        NodeData parent = node.parentId() == null ? null : d.node(node.parentId());
        if (node.parentId() != null && parent == null) {
            throw new IllegalArgumentException("the parent " + node.parentId() + " of " + node.personId()
                    + " is not a node of campaign " + node.campaignId());
        }
        m.node = new NodeData(node, parent);
        d.nodes++;
        d.maxDepth = Math.max(d.maxDepth, node.depth());
        if (parent == null) {
            d.roots.add(node.personId());
        } else {
            parent.addChild(node.personId());
            addToAncestors(parent, 1);
        }
        return true;
    }

    private static void addToAncestors(NodeData from, long count) {
        for (NodeData up = from; up != null; up = up.parent) {
            up.descendants += count;
        }
    }

    private List<GraphNode> sortedNodes(CampaignData d, Collection<String> people) {
        List<GraphNode> nodes = new ArrayList<>(people.size());
        for (String person : people) {
            nodes.add(d.node(person).node);
        }
        nodes.sort(EARLIEST);
        return nodes;
    }

    @Override
    public List<GraphNode> children(String campaignId, String personId) {
        CampaignData d = data.get(campaignId);
        NodeData n = d == null ? null : d.node(personId);
        return n == null ? List.of() : sortedNodes(d, n.children());
    }

    @Override
    public Page<GraphNode> roots(String campaignId, int page, int size) {
        CampaignData d = data.get(campaignId);
        List<GraphNode> roots = d == null ? List.of() : sortedNodes(d, d.roots);
        int from = (int) Math.min(roots.size(), (long) page * size);
        return new Page<>(roots.subList(from, Math.min(roots.size(), from + size)), page, size, roots.size());
    }

    @Override
    public void walk(String campaignId, String startPersonId, int maxDepth, int maxNodes, Consumer<GraphNode> action) {
        CampaignData d = data.get(campaignId);
        if (d == null) {
            return;
        }
        ArrayDeque<GraphNode> queue = new ArrayDeque<>();
        if (startPersonId == null) {
            queue.addAll(sortedNodes(d, d.roots));
        } else if (d.node(startPersonId) != null) {
            queue.add(d.node(startPersonId).node);
        }
        if (queue.isEmpty()) {
            return;
        }
        int base = queue.peek().depth();
        int emitted = 0;
        while (!queue.isEmpty() && emitted < maxNodes) {
            GraphNode node = queue.poll();
            action.accept(node);
            emitted++;
            if (node.depth() - base < maxDepth) {
                queue.addAll(children(campaignId, node.personId()));
            }
        }
    }

    @Override
    public long descendants(String campaignId, String personId) {
        CampaignData d = data.get(campaignId);
        NodeData n = d == null ? null : d.node(personId);
        return n == null ? 0 : n.descendants;
    }

    @Override
    public long nodeCount(String campaignId) {
        CampaignData d = data.get(campaignId);
        return d == null ? 0 : d.nodes;
    }

    @Override
    public int maxDepth(String campaignId) {
        CampaignData d = data.get(campaignId);
        return d == null ? -1 : d.maxDepth;
    }

    @Override
    public Map<String, StoredVisit> visits(Collection<String> visitIds) {
        if (visitIds.size() == 1) {
            // The single visit's lookup: no map to build when it is new, which it nearly always is.
            String id = visitIds.iterator().next();
            StoredVisit visit = visits.get(id);
            return visit == null ? Map.of() : Map.of(id, visit);
        }
        Map<String, StoredVisit> found = new HashMap<>();
        for (String id : visitIds) {
            StoredVisit visit = visits.get(id);
            if (visit != null) {
                found.put(id, visit);
            }
        }
        return found;
    }

    @Override
    public void insertVisit(StoredVisit visit) {
        visits.put(visit.visitId(), visit);
    }

    @Override
    public void insertReferral(Referral referral) {
        referrals.put(referral.referralId(), referral);
        ReferralTimes times = referralTimes.get(referral.sharerId());
        if (times == null) {
            times = new ReferralTimes();
            referralTimes.put(referral.sharerId(), times);
        }
        times.add(referral.at());
    }

    @Override
    public Optional<Referral> referral(String referralId) {
        return Optional.ofNullable(referrals.get(referralId));
    }

    @Override
    public long referralsBy(String sharerId, Instant from, Instant to) {
        ReferralTimes times = referralTimes.get(sharerId);
        if (times == null || !from.isBefore(to)) {
            return 0;
        }
        return times.count(from, to);
    }

    @Override
    public Optional<String> rememberDevice(String deviceId, String personId) {
        String first = devices.putIfAbsent(deviceId, personId);
        return first == null || first.equals(personId) ? Optional.empty() : Optional.of(first);
    }

    @Override
    public boolean addVisitor(String campaignId, String visitorId) {
        Member m = data(campaignId).member(visitorId);
        if (m.visitor) {
            return false;
        }
        m.visitor = true;
        return true;
    }

    @Override
    public boolean addPromoterVisitor(String campaignId, String promoterId, String visitorId, Instant at) {
        Member p = data(campaignId).member(promoterId);
        if (p.visitors == null) {
            p.visitors = new Visitors();
        }
        VisitorData v = p.visitors.get(visitorId);
        boolean added = v == null;
        if (added) {
            v = new VisitorData(visitorId, at);
            p.visitors.add(v);
        }
        v.visits++;
        return added;
    }

    @Override
    public void addCampaignCounts(String campaignId, CampaignCounts delta) {
        CampaignData d = data(campaignId);
        d.reads += delta.reads();
        d.uniqueVisitors += delta.uniqueVisitors();
        d.sharers += delta.sharers();
        d.newReferrals += delta.newReferrals();
        if (delta.channel() != null && delta.shares() != 0) {
            d.shares.merge(delta.channel(), delta.shares(), Long::sum);
        }
    }

    @Override
    public void addPromoterCounts(String campaignId, String personId, PromoterCounts delta) {
        Member p = data(campaignId).member(personId);
        p.shares += delta.shares();
        p.reads += delta.reads();
        p.referrals += delta.referrals();
    }

    @Override
    public void markReversed(String referralId) {
        Referral r = referrals.get(referralId);
        referrals.put(referralId, new Referral(r.referralId(), r.campaignId(), r.sharerId(), r.visitorId(), r.at(),
                r.entryChannel(), r.flagReason(), true, r.payouts()));
        CampaignData d = data.get(r.campaignId());
        NodeData visitor = d.node(r.visitorId());
        if (visitor != null && referralId.equals(visitor.node.referralId())) {
            visitor.node = with(visitor.node, visitor.node.personId(), visitor.node.parentId(), visitor.node.depth(),
                    true);
            return;
        }
        // The node may sit under another id than the referral's visitor: look through the graph.
        for (Member m : d.members.values()) {
            NodeData n = m.node;
            if (n != null && referralId.equals(n.node.referralId())) {
                n.node = with(n.node, n.node.personId(), n.node.parentId(), n.node.depth(), true);
            }
        }
    }

    @Override
    public Page<Referral> flagged(int page, int size) {
        List<Referral> rows = new ArrayList<>();
        for (Referral r : referrals.values()) {
            if (r.flagged()) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparing(Referral::at).reversed().thenComparing(Referral::referralId, Ids.ORDER));
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new Page<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
    }

    @Override
    public List<String> campaignsWithNode(String personId) {
        List<String> found = new ArrayList<>();
        data.forEach((campaign, d) -> {
            if (d.node(personId) != null) {
                found.add(campaign);
            }
        });
        found.sort(Ids.ORDER);
        return found;
    }

    @Override
    public void removeNode(String campaignId, String personId, String newParentId) {
        CampaignData d = data.get(campaignId);
        Member goneMember = d.members.get(personId);
        NodeData gone = goneMember.node;
        detach(d, gone);
        NodeData parent = d.node(newParentId);
        for (String child : List.copyOf(gone.children())) {
            NodeData c = d.node(child);
            c.node = with(c.node, child, newParentId, parent.node.depth() + 1, c.node.reversed());
            c.parent = parent;
            parent.addChild(child);
            addToAncestors(parent, c.descendants + 1);
            redepth(d, c);
        }
        goneMember.node = null;
        d.nodes--;
        dropIfEmpty(d, personId, goneMember);
    }

    @Override
    public void makeRoot(String campaignId, String personId) {
        CampaignData d = data.get(campaignId);
        NodeData n = d.node(personId);
        detach(d, n);
        n.node = new GraphNode(campaignId, personId, null, 0, EntryChannel.DIRECT, n.node.joinedAt(),
                n.node.referralId(), n.node.reversed());
        n.parent = null;
        d.roots.add(personId);
        redepth(d, n);
    }

    @Override
    public void renameNode(String campaignId, String fromPersonId, String intoPersonId) {
        CampaignData d = data.get(campaignId);
        Member fromMember = d.members.get(fromPersonId);
        NodeData n = fromMember.node;
        fromMember.node = null;
        dropIfEmpty(d, fromPersonId, fromMember);
        n.node = with(n.node, intoPersonId, n.node.parentId(), n.node.depth(), n.node.reversed());
        d.member(intoPersonId).node = n;
        if (d.roots.remove(fromPersonId)) {
            d.roots.add(intoPersonId);
        } else {
            n.parent.removeChild(fromPersonId);
            n.parent.addChild(intoPersonId);
        }
        for (String child : n.children()) {
            NodeData c = d.node(child);
            c.node = with(c.node, child, intoPersonId, c.node.depth(), c.node.reversed());
        }
    }

    private static void dropIfEmpty(CampaignData d, String person, Member m) {
        if (m.isEmpty()) {
            d.members.remove(person);
        }
    }

    /** Takes a node (with its subtree) off its parent or the roots; its parent link stays. */
    private static void detach(CampaignData d, NodeData n) {
        if (n.parent == null) {
            d.roots.remove(n.node.personId());
        } else {
            n.parent.removeChild(n.node.personId());
            addToAncestors(n.parent, -(n.descendants + 1));
        }
    }

    /** Recomputes depths below a node whose own depth is right, and the campaign's deepest level. */
    private static void redepth(CampaignData d, NodeData top) {
        ArrayDeque<NodeData> queue = new ArrayDeque<>();
        queue.add(top);
        while (!queue.isEmpty()) {
            NodeData n = queue.poll();
            for (String child : n.children()) {
                NodeData c = d.node(child);
                c.node = with(c.node, child, n.node.personId(), n.node.depth() + 1, c.node.reversed());
                queue.add(c);
            }
        }
        int deepest = -1;
        for (Member m : d.members.values()) {
            if (m.node != null) {
                deepest = Math.max(deepest, m.node.node.depth());
            }
        }
        d.maxDepth = deepest;
    }

    private static GraphNode with(GraphNode n, String person, String parent, int depth, boolean reversed) {
        return new GraphNode(n.campaignId(), person, parent, depth, n.entryChannel(), n.joinedAt(), n.referralId(),
                reversed);
    }

    @Override
    public void mergePerson(String from, String into) {
        List<Share> theirs = new ArrayList<>();
        shares.forEachValue(share -> {
            if (share.personId().equals(from)) {
                theirs.add(share);
            }
        });
        for (Share share : theirs) {
            CampaignData d = data(share.campaignId());
            Member target = d.member(into);
            int channel = share.channel().ordinal();
            if (target.sharesByChannel == null || target.sharesByChannel[channel] == null) {
                Share moved = new Share(share.shareId(), into, share.campaignId(), share.channel(), share.createdAt());
                shares.put(share.shareId(), moved);
                Member source = d.members.get(from);
                source.sharesByChannel[channel] = null;
                if (Arrays.stream(source.sharesByChannel).allMatch(s -> s == null)) {
                    source.sharesByChannel = null;
                }
                if (target.sharesByChannel == null) {
                    target.sharesByChannel = new Share[CHANNELS.length];
                }
                target.sharesByChannel[channel] = moved;
            }
        }
        actions.replaceAll((id, a) -> a.personId().equals(from) ? new ShareAction(a.requestId(), a.shareId(), into,
                a.campaignId(), a.channel(), a.at(), a.taskCompleted()) : a);
        visits.replaceAll((id, v) -> v.sharerId().equals(from) || v.visitorId().equals(from)
                ? new StoredVisit(v.visitId(), v.shareId(), v.campaignId(),
                        v.sharerId().equals(from) ? into : v.sharerId(),
                        v.visitorId().equals(from) ? into : v.visitorId(), v.at(), v.referralId(), v.entryChannel())
                : v);
        referrals.replaceAll((id, r) -> r.sharerId().equals(from) || r.visitorId().equals(from)
                ? new Referral(r.referralId(), r.campaignId(), r.sharerId().equals(from) ? into : r.sharerId(),
                        r.visitorId().equals(from) ? into : r.visitorId(), r.at(), r.entryChannel(), r.flagReason(),
                        r.reversed(), r.payouts())
                : r);
        ReferralTimes times = referralTimes.remove(from);
        if (times != null) {
            ReferralTimes target = referralTimes.get(into);
            if (target == null) {
                referralTimes.put(into, times);
            } else {
                target.addAll(times);
            }
        }
        devices.replaceAll((device, person) -> person.equals(from) ? into : person);
        for (CampaignData d : data.values()) {
            Member mine = d.members.get(from);
            if (mine != null) {
                Member target = d.member(into);
                if (mine.sharer) {
                    mine.sharer = false;
                    if (target.sharer) {
                        d.sharers--;
                    }
                    target.sharer = true;
                }
                if (mine.visitor) {
                    mine.visitor = false;
                    if (target.visitor) {
                        d.uniqueVisitors--;
                    }
                    target.visitor = true;
                }
                target.shares += mine.shares;
                target.reads += mine.reads;
                target.referrals += mine.referrals;
                mine.shares = 0;
                mine.reads = 0;
                mine.referrals = 0;
                if (mine.visitors != null) {
                    if (target.visitors == null) {
                        target.visitors = new Visitors();
                    }
                    for (VisitorData v : List.copyOf(mine.visitors.list())) {
                        mergeVisitor(target.visitors, v.visitor, v);
                    }
                    mine.visitors = null;
                }
                dropIfEmpty(d, from, mine);
            }
            for (Member p : d.members.values()) {
                VisitorData v = p.visitors == null ? null : p.visitors.remove(from);
                if (v != null) {
                    mergeVisitor(p.visitors, into, v);
                }
            }
        }
    }

    private static void mergeVisitor(Visitors visitors, String visitor, VisitorData v) {
        VisitorData existing = visitors.get(visitor);
        VisitorData merged = new VisitorData(visitor, existing == null || v.first.isBefore(existing.first) ? v.first
                : existing.first);
        merged.visits = v.visits + (existing == null ? 0 : existing.visits);
        visitors.put(merged);
    }

    @Override
    public CampaignStats campaignStats(String campaignId) {
        CampaignData d = data.get(campaignId);
        if (d == null) {
            return new CampaignStats(0, 0, 0, Map.of(), 0);
        }
        return new CampaignStats(d.reads, d.uniqueVisitors, d.sharers, d.shares, d.newReferrals);
    }

    @Override
    public Page<PromoterStats> promoters(String campaignId, int page, int size) {
        CampaignData d = data.get(campaignId);
        List<PromoterStats> rows = new ArrayList<>();
        if (d != null) {
            d.members.forEach((person, p) -> {
                if (p.shares > 0) {
                    rows.add(new PromoterStats(person, p.shares, p.reads, p.referrals, 0));
                }
            });
        }
        rows.sort(Comparator.comparingLong(PromoterStats::newReferrals).reversed()
                .thenComparing(Comparator.comparingLong(PromoterStats::readsBrought).reversed())
                .thenComparing(Comparator.comparingLong(PromoterStats::shares).reversed())
                .thenComparing(PromoterStats::personId, Ids.ORDER));
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new Page<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
    }

    @Override
    public Page<PromoterVisitor> promoterVisitors(String campaignId, String promoterId, int page, int size) {
        CampaignData d = data.get(campaignId);
        Member p = d == null ? null : d.members.get(promoterId);
        List<PromoterVisitor> rows = new ArrayList<>();
        if (p != null && p.visitors != null) {
            for (VisitorData v : p.visitors.list()) {
                NodeData n = d.node(v.visitor);
                boolean referral = n != null && promoterId.equals(n.node.parentId());
                rows.add(new PromoterVisitor(v.visitor, v.first, v.visits, referral,
                        referral ? n.node.entryChannel() : null, null));
            }
        }
        rows.sort(Comparator.comparing(PromoterVisitor::firstVisitAt)
                .thenComparing(PromoterVisitor::visitorId, Ids.ORDER));
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new Page<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
    }
}
