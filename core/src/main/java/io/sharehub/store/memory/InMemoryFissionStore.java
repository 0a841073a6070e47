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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Fission in memory. Guarded by the set's {@link InMemoryTransactions}, so plain collections
 * suffice.
 */
final class InMemoryFissionStore implements FissionStore {
    private static final Comparator<GraphNode> EARLIEST =
            Comparator.comparing(GraphNode::joinedAt).thenComparing(GraphNode::personId, Ids.ORDER);

    /** One campaign's graph and counters. */
    private static final class CampaignData {
        final Map<String, NodeData> nodes = new HashMap<>();
        final Set<String> roots = new HashSet<>();
        int maxDepth = -1;
        long reads;
        long uniqueVisitors;
        long sharers;
        long newReferrals;
        final Map<Channel, Long> shares = new EnumMap<>(Channel.class);
        final Set<String> visitors = new HashSet<>();
        final Set<String> sharerSet = new HashSet<>();
        final Map<String, PromoterData> promoters = new HashMap<>();
    }

    /** A node with its children and subtree size. */
    private static final class NodeData {
        GraphNode node;
        final Set<String> children = new HashSet<>();
        long descendants;

        NodeData(GraphNode node) {
            this.node = node;
        }
    }

    /** A promoter's counters and the visitors their links brought. */
    private static final class PromoterData {
        long shares;
        long reads;
        long referrals;
        final LinkedHashMap<String, VisitorData> visitors = new LinkedHashMap<>();
    }

    /** A visitor of one promoter. */
    private static final class VisitorData {
        final Instant first;
        long visits;

        VisitorData(Instant first) {
            this.first = first;
        }
    }

    private final Map<String, Campaign> campaigns = new HashMap<>();
    private final Map<String, CampaignData> data = new HashMap<>();
    private final Map<Long, Share> shares = new HashMap<>();
    private final Map<String, Share> sharesByKey = new HashMap<>();
    private final Map<String, ShareAction> actions = new HashMap<>();
    private final Map<String, StoredVisit> visits = new HashMap<>();
    private final Map<String, Referral> referrals = new HashMap<>();
    private final Map<String, TreeMap<Instant, Integer>> referralTimes = new HashMap<>();
    private final Map<String, String> devices = new HashMap<>();

    private CampaignData data(String campaignId) {
        return data.computeIfAbsent(campaignId, c -> new CampaignData());
    }

    private static String key(String personId, String campaignId, Channel channel) {
        return personId + '\u0000' + campaignId + '\u0000' + channel;
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
        return Optional.ofNullable(sharesByKey.get(key(personId, campaignId, channel)));
    }

    @Override
    public boolean insertShare(Share share) {
        String key = key(share.personId(), share.campaignId(), share.channel());
        if (shares.containsKey(share.shareId()) || sharesByKey.containsKey(key)) {
            return false;
        }
        shares.put(share.shareId(), share);
        sharesByKey.put(key, share);
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
        return data(campaignId).sharerSet.add(personId);
    }

    @Override
    public Optional<GraphNode> node(String campaignId, String personId) {
        CampaignData d = data.get(campaignId);
        NodeData n = d == null ? null : d.nodes.get(personId);
        return n == null ? Optional.empty() : Optional.of(n.node);
    }

    @Override
    public boolean insertNode(GraphNode node) {
        CampaignData d = data(node.campaignId());
        if (d.nodes.containsKey(node.personId())) {
            return false;
        }
        d.nodes.put(node.personId(), new NodeData(node));
        d.maxDepth = Math.max(d.maxDepth, node.depth());
        if (node.parentId() == null) {
            d.roots.add(node.personId());
        } else {
            d.nodes.get(node.parentId()).children.add(node.personId());
            addToAncestors(d, node.parentId(), 1);
        }
        return true;
    }

    private static void addToAncestors(CampaignData d, String from, long count) {
        for (String up = from; up != null; up = d.nodes.get(up).node.parentId()) {
            d.nodes.get(up).descendants += count;
        }
    }

    private List<GraphNode> sortedNodes(CampaignData d, Collection<String> people) {
        List<GraphNode> nodes = new ArrayList<>(people.size());
        for (String person : people) {
            nodes.add(d.nodes.get(person).node);
        }
        nodes.sort(EARLIEST);
        return nodes;
    }

    @Override
    public List<GraphNode> children(String campaignId, String personId) {
        CampaignData d = data.get(campaignId);
        NodeData n = d == null ? null : d.nodes.get(personId);
        return n == null ? List.of() : sortedNodes(d, n.children);
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
        } else if (d.nodes.containsKey(startPersonId)) {
            queue.add(d.nodes.get(startPersonId).node);
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
        NodeData n = d == null ? null : d.nodes.get(personId);
        return n == null ? 0 : n.descendants;
    }

    @Override
    public long nodeCount(String campaignId) {
        CampaignData d = data.get(campaignId);
        return d == null ? 0 : d.nodes.size();
    }

    @Override
    public int maxDepth(String campaignId) {
        CampaignData d = data.get(campaignId);
        return d == null ? -1 : d.maxDepth;
    }

    @Override
    public Map<String, StoredVisit> visits(Collection<String> visitIds) {
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
        referralTimes.computeIfAbsent(referral.sharerId(), s -> new TreeMap<>()).merge(referral.at(), 1, Integer::sum);
    }

    @Override
    public Optional<Referral> referral(String referralId) {
        return Optional.ofNullable(referrals.get(referralId));
    }

    @Override
    public long referralsBy(String sharerId, Instant from, Instant to) {
        TreeMap<Instant, Integer> times = referralTimes.get(sharerId);
        if (times == null || !from.isBefore(to)) {
            return 0;
        }
        return times.subMap(from, to).values().stream().mapToLong(Integer::longValue).sum();
    }

    @Override
    public Optional<String> rememberDevice(String deviceId, String personId) {
        String first = devices.putIfAbsent(deviceId, personId);
        return first == null || first.equals(personId) ? Optional.empty() : Optional.of(first);
    }

    @Override
    public boolean addVisitor(String campaignId, String visitorId) {
        return data(campaignId).visitors.add(visitorId);
    }

    @Override
    public boolean addPromoterVisitor(String campaignId, String promoterId, String visitorId, Instant at) {
        PromoterData p = data(campaignId).promoters.computeIfAbsent(promoterId, k -> new PromoterData());
        VisitorData v = p.visitors.get(visitorId);
        boolean added = v == null;
        if (added) {
            v = new VisitorData(at);
            p.visitors.put(visitorId, v);
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
        PromoterData p = data(campaignId).promoters.computeIfAbsent(personId, k -> new PromoterData());
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
        for (NodeData n : d.nodes.values()) {
            if (referralId.equals(n.node.referralId())) {
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
            if (d.nodes.containsKey(personId)) {
                found.add(campaign);
            }
        });
        found.sort(Ids.ORDER);
        return found;
    }

    @Override
    public void removeNode(String campaignId, String personId, String newParentId) {
        CampaignData d = data.get(campaignId);
        NodeData gone = d.nodes.get(personId);
        detach(d, gone);
        NodeData parent = d.nodes.get(newParentId);
        for (String child : List.copyOf(gone.children)) {
            NodeData c = d.nodes.get(child);
            c.node = with(c.node, child, newParentId, parent.node.depth() + 1, c.node.reversed());
            parent.children.add(child);
            addToAncestors(d, newParentId, c.descendants + 1);
            redepth(d, c);
        }
        d.nodes.remove(personId);
    }

    @Override
    public void makeRoot(String campaignId, String personId) {
        CampaignData d = data.get(campaignId);
        NodeData n = d.nodes.get(personId);
        detach(d, n);
        n.node = new GraphNode(campaignId, personId, null, 0, EntryChannel.DIRECT, n.node.joinedAt(),
                n.node.referralId(), n.node.reversed());
        d.roots.add(personId);
        redepth(d, n);
    }

    @Override
    public void renameNode(String campaignId, String fromPersonId, String intoPersonId) {
        CampaignData d = data.get(campaignId);
        NodeData n = d.nodes.remove(fromPersonId);
        n.node = with(n.node, intoPersonId, n.node.parentId(), n.node.depth(), n.node.reversed());
        d.nodes.put(intoPersonId, n);
        if (d.roots.remove(fromPersonId)) {
            d.roots.add(intoPersonId);
        } else {
            Set<String> siblings = d.nodes.get(n.node.parentId()).children;
            siblings.remove(fromPersonId);
            siblings.add(intoPersonId);
        }
        for (String child : n.children) {
            NodeData c = d.nodes.get(child);
            c.node = with(c.node, child, intoPersonId, c.node.depth(), c.node.reversed());
        }
    }

    /** Takes a node (with its subtree) off its parent or the roots. */
    private static void detach(CampaignData d, NodeData n) {
        String parent = n.node.parentId();
        if (parent == null) {
            d.roots.remove(n.node.personId());
        } else {
            d.nodes.get(parent).children.remove(n.node.personId());
            addToAncestors(d, parent, -(n.descendants + 1));
        }
    }

    /** Recomputes depths below a node whose own depth is right, and the campaign's deepest level. */
    private static void redepth(CampaignData d, NodeData top) {
        ArrayDeque<NodeData> queue = new ArrayDeque<>();
        queue.add(top);
        while (!queue.isEmpty()) {
            NodeData n = queue.poll();
            for (String child : n.children) {
                NodeData c = d.nodes.get(child);
                c.node = with(c.node, child, n.node.personId(), n.node.depth() + 1, c.node.reversed());
                queue.add(c);
            }
        }
        d.maxDepth = d.nodes.values().stream().mapToInt(x -> x.node.depth()).max().orElse(-1);
    }

    private static GraphNode with(GraphNode n, String person, String parent, int depth, boolean reversed) {
        return new GraphNode(n.campaignId(), person, parent, depth, n.entryChannel(), n.joinedAt(), n.referralId(),
                reversed);
    }

    @Override
    public void mergePerson(String from, String into) {
        List<Share> theirs = new ArrayList<>();
        for (Share share : shares.values()) {
            if (share.personId().equals(from)) {
                theirs.add(share);
            }
        }
        for (Share share : theirs) {
            if (!sharesByKey.containsKey(key(into, share.campaignId(), share.channel()))) {
                Share moved = new Share(share.shareId(), into, share.campaignId(), share.channel(), share.createdAt());
                shares.put(share.shareId(), moved);
                sharesByKey.remove(key(from, share.campaignId(), share.channel()));
                sharesByKey.put(key(into, share.campaignId(), share.channel()), moved);
            }
        }
        actions.replaceAll((id, a) -> a.personId().equals(from) ? new ShareAction(a.requestId(), a.shareId(), into,
                a.campaignId(), a.channel(), a.at(), a.taskCompleted()) : a);
        visits.replaceAll((id, v) -> new StoredVisit(v.visitId(), v.shareId(), v.campaignId(),
                v.sharerId().equals(from) ? into : v.sharerId(), v.visitorId().equals(from) ? into : v.visitorId(),
                v.at(), v.referralId(), v.entryChannel()));
        referrals.replaceAll((id, r) -> new Referral(r.referralId(), r.campaignId(),
                r.sharerId().equals(from) ? into : r.sharerId(), r.visitorId().equals(from) ? into : r.visitorId(),
                r.at(), r.entryChannel(), r.flagReason(), r.reversed(), r.payouts()));
        TreeMap<Instant, Integer> times = referralTimes.remove(from);
        if (times != null) {
            TreeMap<Instant, Integer> target = referralTimes.computeIfAbsent(into, k -> new TreeMap<>());
            times.forEach((at, n) -> target.merge(at, n, Integer::sum));
        }
        devices.replaceAll((device, person) -> person.equals(from) ? into : person);
        for (CampaignData d : data.values()) {
            if (d.sharerSet.remove(from) && !d.sharerSet.add(into)) {
                d.sharers--;
            }
            if (d.visitors.remove(from) && !d.visitors.add(into)) {
                d.uniqueVisitors--;
            }
            PromoterData mine = d.promoters.remove(from);
            if (mine != null) {
                PromoterData target = d.promoters.computeIfAbsent(into, k -> new PromoterData());
                target.shares += mine.shares;
                target.reads += mine.reads;
                target.referrals += mine.referrals;
                mine.visitors.forEach((visitor, v) -> mergeVisitor(target, visitor, v));
            }
            for (PromoterData p : d.promoters.values()) {
                VisitorData v = p.visitors.remove(from);
                if (v != null) {
                    mergeVisitor(p, into, v);
                }
            }
        }
    }

    private static void mergeVisitor(PromoterData p, String visitor, VisitorData v) {
        VisitorData existing = p.visitors.get(visitor);
        if (existing == null) {
            p.visitors.put(visitor, v);
            return;
        }
        VisitorData merged = new VisitorData(existing.first.isBefore(v.first) ? existing.first : v.first);
        merged.visits = existing.visits + v.visits;
        p.visitors.put(visitor, merged);
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
            d.promoters.forEach((person, p) -> {
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
        PromoterData p = d == null ? null : d.promoters.get(promoterId);
        List<PromoterVisitor> rows = new ArrayList<>();
        if (p != null) {
            p.visitors.forEach((visitor, v) -> {
                NodeData n = d.nodes.get(visitor);
                boolean referral = n != null && promoterId.equals(n.node.parentId());
                rows.add(new PromoterVisitor(visitor, v.first, v.visits, referral,
                        referral ? n.node.entryChannel() : null, null));
            });
        }
        rows.sort(Comparator.comparing(PromoterVisitor::firstVisitAt)
                .thenComparing(PromoterVisitor::visitorId, Ids.ORDER));
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new Page<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
    }
}
