package io.sharehub.jpa.internal;

import io.sharehub.Page;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.Payout;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.Share;
import io.sharehub.fission.spi.CampaignCounts;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.fission.spi.PromoterCounts;
import io.sharehub.fission.spi.ShareAction;
import io.sharehub.fission.spi.StoredVisit;
import io.sharehub.store.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drives a fission store with random sequences of the calls the core makes, in the core's order:
 * shares, visits (new referrals up to three levels, flags from bursts and devices, repeats of a
 * visit id), reversals, campaign updates, and identity merges (the graph merge of
 * {@code FissionService.mergeGraphs} followed by {@code mergePerson}). Each operation is one
 * transaction. Behind a {@link TwinFissionStore} every call is compared with the in-memory
 * reference; {@link #readEverything()} then asks every read of the port for every campaign and
 * person.
 */
final class FissionDriver {
    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    static final List<String> CAMPAIGNS = List.of("C1", "c1", "C\uD83D\uDE00");
    /** Ids that differ only in case, a trailing space, or characters on either side of U+FFFF. */
    static final List<String> PEOPLE = List.of("U1", "u1", "U1 ", "U\uE000", "U\uD83D\uDE00", "A", "B", "K", "M", "Z");
    private static final List<String> DEVICES = List.of("d1", "d2", "d3");

    private final FissionStore store;
    private final Transactions tx;
    private final Random random;
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, RewardRule> rules = new HashMap<>();
    private final List<String> visitIds = new ArrayList<>();
    private final Map<String, String[]> visitPayloads = new HashMap<>();
    private final List<String> requestIds = new ArrayList<>();
    private final List<Long> shareIds = new ArrayList<>();
    private final List<String> referralIds = new ArrayList<>();
    private Instant now = START;
    private int next;

    FissionDriver(FissionStore store, Transactions tx, long seed) {
        this.store = store;
        this.tx = tx;
        this.random = new Random(seed);
    }

    /** Creates the campaigns, then runs {@code steps} random operations. */
    void run(int steps) {
        for (int c = 0; c < CAMPAIGNS.size(); c++) {
            RewardRule rule = c == 1 ? RewardRule.of(5, 0, 2) : c == 2 ? RewardRule.of(7) : RewardRule.defaults();
            Campaign campaign = new Campaign(CAMPAIGNS.get(c), "活动 " + c + " 🔥", c == 0 ? "M1" : null,
                    c == 2 ? START.minusSeconds(60) : null, null, rule, START);
            rules.put(campaign.id(), rule);
            tx.write(() -> {
                store.insertCampaign(campaign);
                return null;
            });
        }
        for (int i = 0; i < steps; i++) {
            advance();
            int pick = random.nextInt(100);
            if (pick < 30) {
                share(person(), campaign(), channel(), random.nextInt(4) == 0 ? requestId() : null);
            } else if (pick < 75) {
                visit();
            } else if (pick < 83) {
                reverse();
            } else if (pick < 91) {
                merge(person(), person());
            } else if (pick < 97) {
                updateCampaign();
            } else {
                readEverything();
            }
        }
    }

    private void advance() {
        int kind = random.nextInt(10);
        if (kind < 2) {
            return;
        }
        now = now.plus(Duration.ofSeconds(random.nextInt(600), kind == 9 ? random.nextInt(1_000_000_000) : 0));
    }

    /** Sometimes an instant before the clock: a late import. */
    private Instant at() {
        return random.nextInt(8) == 0 ? now.minusSeconds(random.nextInt(3600)) : now;
    }

    private String person() {
        return resolve(PEOPLE.get(random.nextInt(PEOPLE.size())));
    }

    private String resolve(String person) {
        String into = mergedInto.get(person);
        return into == null ? person : resolve(into);
    }

    private String campaign() {
        return CAMPAIGNS.get(random.nextInt(CAMPAIGNS.size()));
    }

    private Channel channel() {
        return Channel.values()[random.nextInt(Channel.values().length)];
    }

    private String requestId() {
        if (!requestIds.isEmpty() && random.nextInt(4) == 0) {
            return requestIds.get(random.nextInt(requestIds.size()));
        }
        return "r" + next++;
    }

    /** {@code FissionService.share}: a new or repeated share action. */
    Share share(String person, String campaignId, Channel channel, String requestId) {
        return tx.write(() -> {
            if (requestId != null) {
                ShareAction previous = store.shareActions(List.of(requestId)).get(requestId);
                if (previous != null) {
                    return store.share(previous.shareId()).orElseThrow();
                }
            }
            Instant at = at();
            String actionId = requestId == null ? "auto-" + next++ : requestId;
            Share share = shareOf(person, campaignId, channel, at);
            boolean first = store.addSharer(campaignId, person, at);
            if (store.node(campaignId, person).isEmpty()) {
                store.insertNode(new GraphNode(campaignId, person, null, 0, EntryChannel.DIRECT, at, null, false));
            }
            store.insertShareAction(new ShareAction(actionId, share.shareId(), person, campaignId, channel, at, first));
            store.addCampaignCounts(campaignId, new CampaignCounts(0, 0, first ? 1 : 0, 0, channel, 1));
            store.addPromoterCounts(campaignId, person, new PromoterCounts(1, 0, 0));
            if (requestId != null) {
                requestIds.add(requestId);
            }
            return share;
        });
    }

    private Share shareOf(String person, String campaignId, Channel channel, Instant at) {
        while (true) {
            Optional<Share> existing = store.share(person, campaignId, channel);
            if (existing.isPresent()) {
                return existing.get();
            }
            // Ids are random 63-bit numbers in the core; here a few collide on purpose.
            long id = shareIds.isEmpty() || random.nextInt(5) > 0 ? 1 + random.nextInt(1_000_000)
                    : shareIds.get(random.nextInt(shareIds.size()));
            Share share = new Share(id, person, campaignId, channel, at);
            if (store.insertShare(share)) {
                shareIds.add(id);
                return share;
            }
        }
    }

    /** {@code FissionService.judge} and {@code Referrals.make}: a visit, maybe a new referral. */
    void visit() {
        if (shareIds.isEmpty()) {
            return;
        }
        boolean repeat = !visitIds.isEmpty() && random.nextInt(8) == 0;
        String visitId = repeat ? visitIds.get(random.nextInt(visitIds.size())) : "v" + next++;
        long shareId = repeat ? Long.parseLong(visitPayloads.get(visitId)[0])
                : shareIds.get(random.nextInt(shareIds.size()));
        String visitor = repeat ? resolve(visitPayloads.get(visitId)[1]) : person();
        String device = random.nextInt(3) == 0 ? DEVICES.get(random.nextInt(DEVICES.size())) : null;
        Instant at = at();
        tx.write(() -> {
            StoredVisit previous = store.visits(List.of(visitId)).get(visitId);
            Share share = store.share(shareId).orElseThrow();
            if (previous != null) {
                if (previous.referralId() != null) {
                    store.referral(previous.referralId()).orElseThrow();
                }
                return null;
            }
            String sharer = resolve(share.personId());
            String campaignId = share.campaignId();
            Campaign campaign = store.campaign(campaignId).orElseThrow();
            Referral made = null;
            if (campaign.isOpen(at) && !visitor.equals(sharer) && store.node(campaignId, visitor).isEmpty()) {
                made = makeReferral(campaign, share, sharer, visitor, device, at);
            }
            store.insertVisit(new StoredVisit(visitId, shareId, campaignId, sharer, visitor, at,
                    made == null ? null : made.referralId(), made == null ? null : made.entryChannel()));
            boolean newVisitor = store.addVisitor(campaignId, visitor);
            store.addPromoterVisitor(campaignId, sharer, visitor, at);
            store.addCampaignCounts(campaignId, new CampaignCounts(1, newVisitor ? 1 : 0, 0, made == null ? 0 : 1,
                    null, 0));
            store.addPromoterCounts(campaignId, sharer, new PromoterCounts(0, 1, made == null ? 0 : 1));
            visitIds.add(visitId);
            visitPayloads.put(visitId, new String[] {Long.toString(shareId), visitor});
            if (made != null) {
                referralIds.add(made.referralId());
            }
            return null;
        });
    }

    private Referral makeReferral(Campaign campaign, Share share, String sharer, String visitor, String device,
            Instant at) {
        GraphNode sharerNode = store.node(campaign.id(), sharer).orElseGet(() -> {
            GraphNode root = new GraphNode(campaign.id(), sharer, null, 0, EntryChannel.DIRECT, at, null, false);
            store.insertNode(root);
            return root;
        });
        String referralId = "ref-" + next++;
        EntryChannel entry = share.channel() == Channel.POSTER ? EntryChannel.POSTER : EntryChannel.LINK;
        if (!store.insertNode(new GraphNode(campaign.id(), visitor, sharer, sharerNode.depth() + 1, entry, at, referralId,
                false))) {
            return null;
        }
        RewardRule rule = rules.get(campaign.id());
        List<String> chain = new ArrayList<>();
        chain.add(sharer);
        GraphNode current = sharerNode;
        while (chain.size() < rule.levels() && current.parentId() != null) {
            chain.add(current.parentId());
            current = store.node(campaign.id(), current.parentId()).orElseThrow();
        }
        List<Payout> paid = new ArrayList<>();
        for (int level = 1; level <= chain.size(); level++) {
            if (rule.pointsAt(level) > 0) {
                paid.add(new Payout(level, chain.get(level - 1), rule.pointsAt(level)));
            }
        }
        String flag = null;
        if (store.referralsBy(sharer, at.minus(Duration.ofHours(1)), at.plusNanos(1)) + 1 > 2) {
            flag = "REFERRAL_BURST: more than 2 new referrals within PT1H";
        }
        if (device != null) {
            Optional<String> other = store.rememberDevice(device, visitor);
            if (other.isPresent() && flag == null) {
                flag = "SAME_DEVICE: device also seen for \"" + other.get() + "\"";
            }
        }
        Referral referral = new Referral(referralId, campaign.id(), sharer, visitor, at, entry, flag, false, paid);
        store.insertReferral(referral);
        return referral;
    }

    /** {@code FissionService.reverseReferral}. */
    void reverse() {
        if (referralIds.isEmpty()) {
            return;
        }
        String id = referralIds.get(random.nextInt(referralIds.size()));
        tx.write(() -> {
            reverse(store.referral(id).orElseThrow());
            return null;
        });
    }

    private void reverse(Referral referral) {
        if (referral.reversed()) {
            return;
        }
        store.markReversed(referral.referralId());
        store.addCampaignCounts(referral.campaignId(), new CampaignCounts(0, 0, 0, -1, null, 0));
        store.addPromoterCounts(referral.campaignId(), referral.sharerId(), new PromoterCounts(0, 0, -1));
    }

    private void updateCampaign() {
        String id = campaign();
        tx.write(() -> {
            Campaign old = store.campaign(id).orElseThrow();
            Instant end = random.nextBoolean() ? null : now.plusSeconds(random.nextInt(7200));
            store.updateCampaign(new Campaign(id, old.title() + "!", random.nextBoolean() ? null : "M2", old.start(), end,
                    old.rule(), old.createdAt()));
            return null;
        });
    }

    /** {@code PeopleService.merge}: the graphs as {@code FissionService.mergeGraphs}, then the rest. */
    void merge(String from, String into) {
        if (from.equals(into)) {
            return;
        }
        tx.write(() -> {
            TreeSet<String> campaigns = new TreeSet<>(store.campaignsWithNode(from));
            campaigns.addAll(store.campaignsWithNode(into));
            for (String campaign : campaigns) {
                Optional<GraphNode> a = store.node(campaign, from);
                Optional<GraphNode> m = store.node(campaign, into);
                if (a.isPresent() && m.isPresent()) {
                    boolean aStays = isAncestor(campaign, from, m.get())
                            || (!isAncestor(campaign, into, a.get()) && a.get().joinedAt().isBefore(m.get().joinedAt()));
                    GraphNode stay = aStays ? a.get() : m.get();
                    GraphNode other = aStays ? m.get() : a.get();
                    reverseNode(other);
                    store.removeNode(campaign, other.personId(), stay.personId());
                } else {
                    GraphNode node = a.orElseGet(m::get);
                    String parent = node.parentId() == null ? null : resolve(node.parentId());
                    if (from.equals(parent) || into.equals(parent)) {
                        reverseNode(node);
                        store.makeRoot(campaign, node.personId());
                    }
                }
                if (store.node(campaign, from).isPresent()) {
                    store.renameNode(campaign, from, into);
                }
            }
            store.mergePerson(from, into);
            return null;
        });
        mergedInto.put(from, into);
    }

    private void reverseNode(GraphNode node) {
        if (node.referralId() != null) {
            reverse(store.referral(node.referralId()).orElseThrow());
        }
    }

    private boolean isAncestor(String campaign, String person, GraphNode of) {
        for (String up = of.parentId(); up != null; up = store.node(campaign, up).map(GraphNode::parentId).orElse(null)) {
            if (up.equals(person)) {
                return true;
            }
        }
        return false;
    }

    /** Asks every read of the port, for every campaign and person and every id recorded. */
    void readEverything() {
        tx.read(() -> {
            store.campaigns();
            Set<String> people = new LinkedHashSet<>(PEOPLE);
            people.add("nobody");
            for (String campaign : List.of(CAMPAIGNS.get(0), CAMPAIGNS.get(1), CAMPAIGNS.get(2), "C404")) {
                store.campaign(campaign);
                store.nodeCount(campaign);
                store.maxDepth(campaign);
                store.campaignStats(campaign);
                pages(size -> page -> store.roots(campaign, page, size));
                pages(size -> page -> store.promoters(campaign, page, size));
                for (int depth : new int[] {0, 1, 2, 20}) {
                    for (int nodes : new int[] {1, 3, 1000}) {
                        store.walk(campaign, null, depth, nodes, n -> { });
                    }
                }
                for (String person : people) {
                    store.node(campaign, person);
                    store.children(campaign, person);
                    store.descendants(campaign, person);
                    store.walk(campaign, person, 2, 1000, n -> { });
                    store.walk(campaign, person, 20, 4, n -> { });
                    pages(size -> page -> store.promoterVisitors(campaign, person, page, size));
                    for (Channel channel : Channel.values()) {
                        store.share(person, campaign, channel);
                    }
                }
            }
            for (String person : people) {
                store.campaignsWithNode(person);
                store.referralsBy(person, START, now.plusSeconds(1));
                store.referralsBy(person, now.minusSeconds(900), now.plusNanos(1));
                store.referralsBy(person, now, now);
            }
            List<String> visits = new ArrayList<>(visitIds);
            visits.add("v-unknown");
            store.visits(visits);
            List<String> requests = new ArrayList<>(requestIds);
            requests.add("r-unknown");
            store.shareActions(requests);
            for (String referral : referralIds) {
                store.referral(referral);
            }
            store.referral("ref-unknown");
            for (long share : shareIds) {
                store.share(share);
            }
            store.share(-1);
            pages(size -> page -> store.flagged(page, size));
            return null;
        });
    }

    /** Reads every page of a list at page sizes 1, 2 and 1,000, and one page past the end. */
    private static void pages(java.util.function.IntFunction<java.util.function.IntFunction<Page<?>>> list) {
        for (int size : new int[] {1, 2, 1000}) {
            for (int page = 0; ; page++) {
                Page<?> slice = list.apply(size).apply(page);
                if (!slice.hasNext()) {
                    list.apply(size).apply(page + 1);
                    break;
                }
            }
        }
    }
}
