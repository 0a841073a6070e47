package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.Ids;
import io.sharehub.InsufficientPointsException;
import io.sharehub.ShareHub;
import io.sharehub.StorageException;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.ShareGraph;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.points.BoardRow;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.testkit.Concurrently;
import io.sharehub.testkit.MutableClock;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's first demonstration through the public API only: two hubs over one database (two
 * entity manager factories standing in for two application instances), 8 threads each, recording
 * views, favourites, visits, merges and redemptions, checked against a brute-force model of the
 * generated workload. The workload is built so that its outcome does not depend on the
 * interleaving: every new visitor follows exactly one link (with one to three clicks); an
 * anonymous visitor's clicks and events come before its merge into a fresh member id on the same
 * thread; every call except those merges and the anonymous events is made by both instances at
 * once (a repeat); redemptions either fit or fail whole, so a balance is what was awarded minus
 * the redemptions that went through. Also, for the server databases, the connection killed in the
 * middle of recording a visit and its points.
 */
abstract class HubLoadCases {
    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    static final TokenKeys KEYS = TokenKeys.single(1,
            "two-instances-one-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    static final List<String> MATERIALS = List.of("M1", "M2", "M3", "M4", "M5");
    static final List<String> CAMPAIGNS = List.of("C1", "C2");
    static final int PAIRS = 8;
    static final int VISITORS_PER_PAIR = 10;
    static final int EVENTS_PER_PAIR = 16;
    static final int REDEMPTIONS_PER_PAIR = 6;
    static final long[] RULE = {10, 3, 1};

    /** @return the database under test */
    abstract TestDatabase database();

    static ShareHub hub(JpaStores stores) {
        return ShareHub.builder().stores(stores).clock(MutableClock.at(START)).zone(ZoneId.of("Asia/Shanghai"))
                .tokenKeys(KEYS).build();
    }

    // ------------------------------------------------------------------ the workload

    /** One call of the workload. */
    sealed interface Step permits Visit, Event, Redeem, Merge {
    }

    record Visit(String campaign, String sharer, String token, Viewer visitor, String visitId) implements Step {
    }

    record Event(EngagementEvent event) implements Step {
    }

    record Redeem(String account, long amount, String key) implements Step {
    }

    record Merge(String anonymous, String member) implements Step {
    }

    /** A step, and whether the other instance makes the same call at the same time. */
    record Planned(Step step, boolean both) {
    }

    /**
     * The brute-force model: the share graph of each campaign, the awards, reads, visitors, events
     * and heat, computed one call at a time from the workload, merges applied by renaming.
     */
    static final class Model {
        final Map<String, Map<String, String>> parent = new HashMap<>();
        final Map<String, Set<String>> nodes = new HashMap<>();
        final Map<String, Map<String, long[]>> board = new HashMap<>();      // campaign → account → {points, invited}
        final Map<String, Long> awarded = new HashMap<>();
        final Map<String, Integer> awards = new HashMap<>();
        final Map<String, Set<String>> reads = new HashMap<>();              // campaign → visit ids
        final Map<String, Set<String>> visitors = new HashMap<>();           // campaign → final visitor ids
        final Map<String, Long> shares = new HashMap<>();                    // campaign → share actions
        final Map<String, Integer> referrals = new HashMap<>();
        final Map<String, String> owner = new HashMap<>();
        final Map<String, String> alias = new HashMap<>();                   // anonymous → member
        final Set<String> eventIds = new HashSet<>();
        final Map<String, long[]> material = new HashMap<>();                // views, downloads
        final Map<String, Set<String>> viewers = new HashMap<>();
        final Map<String, Set<String>> favorites = new HashMap<>();          // material → people
        final Map<String, Double> heat = new HashMap<>();

        String id(String person) {
            return alias.getOrDefault(person, person);
        }

        void share(String campaign, String person) {
            nodes.computeIfAbsent(campaign, c -> new HashSet<>()).add(person);
            shares.merge(campaign, 1L, Long::sum);
        }

        void visit(String campaign, String sharer, String visitor, String visitId) {
            String who = id(visitor);
            reads.computeIfAbsent(campaign, c -> new HashSet<>()).add(visitId);
            visitors.computeIfAbsent(campaign, c -> new HashSet<>()).add(who);
            Set<String> graph = nodes.computeIfAbsent(campaign, c -> new HashSet<>());
            if (graph.contains(who) || who.equals(sharer)) {
                return;
            }
            graph.add(who);
            Map<String, String> up = parent.computeIfAbsent(campaign, c -> new HashMap<>());
            up.put(who, sharer);
            referrals.merge(campaign, 1, Integer::sum);
            owner.putIfAbsent(who, sharer);
            heat.merge(sharer, 2.0, Double::sum);
            String account = sharer;
            for (int level = 0; level < RULE.length && account != null; level++) {
                long[] row = board.computeIfAbsent(campaign, c -> new TreeMap<>(Ids.ORDER))
                        .computeIfAbsent(account, a -> new long[2]);
                row[0] += RULE[level];
                row[1] += level == 0 ? 1 : 0;
                awarded.merge(account, RULE[level], Long::sum);
                awards.merge(account, 1, Integer::sum);
                account = up.get(account);
            }
        }

        void event(EngagementEvent e) {
            if (!eventIds.add(e.eventId())) {
                return;
            }
            String who = id(e.viewer().id());
            long[] counts = material.computeIfAbsent(e.materialId(), m -> new long[2]);
            switch (e.type()) {
                case VIEW -> {
                    counts[0]++;
                    viewers.computeIfAbsent(e.materialId(), m -> new HashSet<>()).add(who);
                    heat.merge(who, 1.0, Double::sum);
                }
                case DOWNLOAD -> {
                    counts[1]++;
                    heat.merge(who, 3.0, Double::sum);
                }
                case FAVORITE -> {
                    if (favorites.computeIfAbsent(e.materialId(), m -> new HashSet<>()).add(who)) {
                        heat.merge(who, 2.0, Double::sum);
                    }
                }
                default -> throw new IllegalStateException("not in the workload: " + e.type());
            }
        }

        /** Merges a visitor, who shares nothing and owns nobody, into a fresh member id. */
        void merge(String anonymous, String member) {
            alias.put(anonymous, member);
            for (Set<String> graph : nodes.values()) {
                if (graph.remove(anonymous)) {
                    graph.add(member);
                }
            }
            for (Map<String, String> up : parent.values()) {
                String p = up.remove(anonymous);
                if (p != null) {
                    up.put(member, p);
                }
            }
            for (Set<String> set : visitors.values()) {
                if (set.remove(anonymous)) {
                    set.add(member);
                }
            }
            for (Set<String> set : viewers.values()) {
                if (set.remove(anonymous)) {
                    set.add(member);
                }
            }
            for (Set<String> set : favorites.values()) {
                if (set.remove(anonymous)) {
                    set.add(member);
                }
            }
            String bound = owner.remove(anonymous);
            if (bound != null) {
                owner.putIfAbsent(member, bound);
            }
            Double h = heat.remove(anonymous);
            if (h != null) {
                heat.merge(member, h, Double::sum);
            }
        }

        /** @return the board rows the hub must show: score, invited, then id; competition ranks */
        static List<BoardRow> rows(Map<String, long[]> accounts) {
            List<Map.Entry<String, long[]>> list = new ArrayList<>(accounts.entrySet());
            list.removeIf(e -> e.getValue()[0] <= 0);
            list.sort((x, y) -> x.getValue()[0] != y.getValue()[0] ? Long.compare(y.getValue()[0], x.getValue()[0])
                    : x.getValue()[1] != y.getValue()[1] ? Long.compare(y.getValue()[1], x.getValue()[1])
                    : Ids.ORDER.compare(x.getKey(), y.getKey()));
            List<BoardRow> rows = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                long rank = i > 0 && list.get(i - 1).getValue()[0] == list.get(i).getValue()[0]
                        ? rows.get(i - 1).rank() : i + 1;
                rows.add(new BoardRow(rank, list.get(i).getKey(), list.get(i).getValue()[0],
                        list.get(i).getValue()[1], START));
            }
            return rows;
        }
    }

    /** The known tree of sharers every campaign starts with: roots, their children, grandchildren. */
    static Map<String, Map<String, String>> setUpSharers(ShareHub hub, Model model) {
        Map<String, Map<String, String>> tokens = new LinkedHashMap<>();
        int visit = 0;
        for (String campaign : CAMPAIGNS) {
            Map<String, String> mine = new LinkedHashMap<>();
            tokens.put(campaign, mine);
            for (int r = 1; r <= 3; r++) {
                String root = "R" + r + "-" + campaign;
                mine.put(root, share(hub, model, campaign, root));
                for (int c = 1; c <= 2; c++) {
                    String child = "K" + r + c + "-" + campaign;
                    setUpVisit(hub, model, campaign, root, mine.get(root), child, "setup-" + visit++);
                    mine.put(child, share(hub, model, campaign, child));
                    String grandchild = "G" + r + c + "-" + campaign;
                    setUpVisit(hub, model, campaign, child, mine.get(child), grandchild, "setup-" + visit++);
                    mine.put(grandchild, share(hub, model, campaign, grandchild));
                }
            }
        }
        return tokens;
    }

    private static String share(ShareHub hub, Model model, String campaign, String person) {
        model.share(campaign, person);
        return hub.fission().share(ShareRequest.of(Viewer.member(person), campaign, Channel.LINK)).token();
    }

    private static void setUpVisit(ShareHub hub, Model model, String campaign, String sharer, String token,
            String visitor, String visitId) {
        model.visit(campaign, sharer, visitor, visitId);
        assertThat(hub.fission().visit(VisitRequest.of(token, Viewer.member(visitor)).withVisitId(visitId))
                .newReferral()).isTrue();
    }

    /** The plans of the eight pairs of threads, from one seed. */
    static List<List<Planned>> plans(long seed, Map<String, Map<String, String>> tokens) {
        Random random = new Random(seed);
        List<String[]> links = new ArrayList<>();
        tokens.forEach((campaign, byPerson) -> byPerson.forEach((person, token) ->
                links.add(new String[] {campaign, person, token})));
        List<String> sharers = links.stream().map(l -> l[1]).toList();
        List<List<Planned>> plans = new ArrayList<>();
        for (int p = 0; p < PAIRS; p++) {
            List<List<Planned>> blocks = new ArrayList<>();
            for (int k = 0; k < VISITORS_PER_PAIR; k++) {
                String[] link = links.get(random.nextInt(links.size()));
                boolean anonymous = random.nextInt(10) < 3;
                String person = (anonymous ? "a-" : "v-") + p + "-" + k;
                Viewer viewer = anonymous ? Viewer.anonymous(person) : Viewer.member(person);
                List<Planned> block = new ArrayList<>();
                int clicks = 1 + random.nextInt(3);
                for (int c = 0; c < clicks; c++) {
                    block.add(new Planned(new Visit(link[0], link[1], link[2], viewer, "vis-" + person + "-" + c), true));
                }
                String material = MATERIALS.get(random.nextInt(MATERIALS.size()));
                if (anonymous) {
                    // what the anonymous id did, then its merge: made by one instance only
                    block.add(new Planned(new Event(EngagementEvent.view("ev-" + person, viewer, material)), false));
                    block.add(new Planned(new Event(EngagementEvent.favorite("fav-" + person, viewer, material)), false));
                    String member = "u-" + p + "-" + k;
                    block.add(new Planned(new Merge(person, member), false));
                    block.add(new Planned(new Event(EngagementEvent.view("ev-" + member, Viewer.member(member),
                            material)), true));
                } else if (random.nextBoolean()) {
                    block.add(new Planned(new Event(EngagementEvent.view("ev-" + person, viewer, material)), true));
                }
                blocks.add(block);
            }
            for (int e = 0; e < EVENTS_PER_PAIR; e++) {
                Viewer viewer = Viewer.member("P" + random.nextInt(20));
                String material = MATERIALS.get(random.nextInt(MATERIALS.size()));
                EventType type = List.of(EventType.VIEW, EventType.VIEW, EventType.DOWNLOAD, EventType.FAVORITE)
                        .get(random.nextInt(4));
                blocks.add(List.of(new Planned(new Event(new EngagementEvent("e-" + p + "-" + e, viewer, material, type,
                        START.minusSeconds(random.nextInt(3600)))), true)));
            }
            for (int r = 0; r < REDEMPTIONS_PER_PAIR; r++) {
                String account = sharers.get(random.nextInt(sharers.size()));
                blocks.add(List.of(new Planned(new Redeem(account, 1 + random.nextInt(30), "red-" + p + "-" + r), true)));
            }
            Collections.shuffle(blocks, random);
            List<Planned> plan = new ArrayList<>();
            blocks.forEach(plan::addAll);
            plans.add(plan);
        }
        return plans;
    }

    /** Makes one call; records redemptions that went through. */
    static void run(ShareHub hub, Step step, Map<String, Redeem> redeemed) {
        if (step instanceof Visit v) {
            assertThat(hub.fission().visit(VisitRequest.of(v.token(), v.visitor()).withVisitId(v.visitId())).status())
                    .isIn(VisitOutcome.Status.RECORDED, VisitOutcome.Status.REPEATED);
        } else if (step instanceof Event e) {
            hub.engagement().record(e.event());
        } else if (step instanceof Redeem r) {
            try {
                hub.points().redeem(r.account(), r.amount(), r.key(), null, "兑换礼品");
                redeemed.put(r.key(), r);
            } catch (InsufficientPointsException e) {
                // fails whole: nothing written, the balance stays
            }
        } else if (step instanceof Merge m) {
            hub.people().merge(m.anonymous(), m.member());
        }
    }

    @Test
    @DisplayName("two hubs, 8 threads each: views, favourites, visits, merges and redemptions equal the brute-force model")
    void twoHubsEqualTheModel() {
        TestDatabase.Instance db = database().instance();
        JpaStores first = db.freshStores();
        EntityManagerFactory otherEmf = db.factory(Map.of());
        try {
            ShareHub a = hub(first);
            ShareHub b = hub(JpaStores.builder(otherEmf).database(db.db.database).build());
            a.catalog().createCategory(CategorySpec.of("c", "资料"));
            for (String m : MATERIALS) {
                a.catalog().createMaterial(MaterialSpec.of(m, "手册 " + m, "c"));
                a.catalog().publish(m, START.minus(Duration.ofDays(1)));
            }
            for (String campaign : CAMPAIGNS) {
                a.fission().createCampaign(CampaignSpec.of(campaign, "裂变 " + campaign));
            }
            Model model = new Model();
            Map<String, Map<String, String>> tokens = setUpSharers(a, model);
            List<List<Planned>> plans = plans(9, tokens);

            Map<String, Redeem> redeemed = new ConcurrentHashMap<>();
            Concurrently.run(PAIRS * 2, t -> {
                boolean mine = t % 2 == 0;
                ShareHub hub = mine ? a : b;
                for (Planned planned : plans.get(t / 2)) {
                    if (mine || planned.both()) {
                        run(hub, planned.step(), redeemed);
                    }
                }
                return null;
            });

            for (List<Planned> plan : plans) {
                for (Planned planned : plan) {
                    Step step = planned.step();
                    if (step instanceof Visit v) {
                        model.visit(v.campaign(), v.sharer(), v.visitor().id(), v.visitId());
                    } else if (step instanceof Event e) {
                        model.event(e.event());
                    } else if (step instanceof Merge m) {
                        model.merge(m.anonymous(), m.member());
                    }
                }
            }
            Set<String> accounts = new HashSet<>();
            tokens.values().forEach(byPerson -> accounts.addAll(byPerson.keySet()));
            assertEqualsModel(a, b, model, accounts, redeemed);
        } finally {
            otherEmf.close();
        }
    }

    private static void assertEqualsModel(ShareHub a, ShareHub b, Model model, Set<String> sharers,
            Map<String, Redeem> redeemed) {
        // graph, owners and campaign statistics
        for (String campaign : CAMPAIGNS) {
            ShareGraph graph = b.fission().graph(campaign);
            assertThat(graph.size()).as(campaign).isEqualTo(model.nodes.get(campaign).size());
            model.parent.get(campaign).forEach((person, sharer) -> {
                GraphNode node = graph.node(person).orElseThrow(() -> new AssertionError(person + " is no node")).node();
                assertThat(node.personId()).isEqualTo(person);
                assertThat(node.parentId()).as(person).isEqualTo(sharer);
            });
            long referrals = model.referrals.get(campaign);
            assertThat(a.fission().stats(campaign)).as(campaign).isEqualTo(new CampaignStats(
                    model.reads.get(campaign).size(), model.visitors.get(campaign).size(),
                    model.shares.get(campaign), Map.of(Channel.LINK, model.shares.get(campaign)), referrals));
            assertThat(a.leaderboards().campaign(campaign).top(1000)).as("board of " + campaign)
                    .containsExactlyElementsOf(Model.rows(model.board.get(campaign)));
        }
        model.alias.forEach((anonymous, member) -> {
            assertThat(a.people().resolve(anonymous)).isEqualTo(member);
            assertThat(b.people().ownerOf(anonymous)).as(anonymous).isEqualTo(b.people().ownerOf(member));
        });
        model.owner.forEach((person, owner) -> assertThat(b.people().ownerOf(person)).as(person).contains(owner));

        // points: every award once, balances awarded minus what was redeemed, never below zero
        Map<String, long[]> today = new TreeMap<>(Ids.ORDER);
        model.board.values().forEach(accounts -> accounts.forEach((account, row) -> {
            long[] sum = today.computeIfAbsent(account, x -> new long[2]);
            sum[0] += row[0];
            sum[1] += row[1];
        }));
        assertThat(b.leaderboards().today().top(1000)).containsExactlyElementsOf(Model.rows(today));
        Map<String, Long> spent = new HashMap<>();
        redeemed.values().forEach(r -> spent.merge(r.account(), r.amount(), Long::sum));
        assertThat(redeemed).as("some redemptions go through").isNotEmpty();
        assertThat(sharers).containsAll(model.awarded.keySet());
        for (String account : sharers) {
            long balance = model.awarded.getOrDefault(account, 0L) - spent.getOrDefault(account, 0L);
            assertThat(balance).as(account).isNotNegative();
            assertThat(a.points().balance(account)).as(account).isEqualTo(balance);
            assertThat(a.points().debt(account)).as(account).isZero();
            List<LedgerEntry> entries = a.points().entries(account, 0, 1000).items();
            assertThat(entries).filteredOn(e -> e.reason().name().startsWith("REFERRAL_")).as(account)
                    .hasSize(model.awards.getOrDefault(account, 0))
                    .extracting(e -> e.referralId() + "|" + e.reason()).doesNotHaveDuplicates();
            assertThat(entries).filteredOn(e -> e.reason() == EntryReason.REDEMPTION).as(account)
                    .extracting(LedgerEntry::amount).containsExactlyInAnyOrderElementsOf(redeemed.values().stream()
                            .filter(r -> r.account().equals(account)).map(r -> -r.amount()).toList());
            assertThat(entries).as(account).hasSize(model.awards.getOrDefault(account, 0)
                    + (int) redeemed.values().stream().filter(r -> r.account().equals(account)).count());
        }
        assertThat(redeemed.values()).allSatisfy(r -> assertThat(model.awarded).containsKey(r.account()));

        // engagement: counts, unique counts and heat
        for (String m : MATERIALS) {
            long[] c = model.material.getOrDefault(m, new long[2]);
            MaterialStats want = new MaterialStats(c[0], model.viewers.getOrDefault(m, Set.of()).size(),
                    model.favorites.getOrDefault(m, Set.of()).size(), c[1], 0);
            assertThat(a.engagement().stats(m)).as(m).isEqualTo(want);
            assertThat(b.engagement().stats(m)).as(m).isEqualTo(want);
        }
        model.heat.forEach((person, value) -> assertThat(a.heat().ofPerson(person)).as(person).isEqualTo(value));
        model.alias.keySet().forEach(anonymous -> assertThat(a.heat().ofPerson(anonymous)).isZero());
        assertThat(b.heat().people(0, 1000).total()).isEqualTo(model.heat.size());
    }

    // ------------------------------------------------------------------ killed connection

    /**
     * Kills the connection of the transaction that records a visit, with its referral and points,
     * from outside (as a crash or a network cut would) when it is about to write the visit row,
     * after the referral and the ledger entries: neither is left, and the same visit id, recorded
     * again, pays once.
     *
     * @param whoAmI the SQL giving the connection's server-side id
     * @param kill the statement that kills a connection, with {@code %s} for the id
     */
    void killedMidVisit(String whoAmI, String kill) throws SQLException {
        TestDatabase.Scratch scratch = database().scratch();
        try (Connection c = scratch.dataSource().getConnection()) {
            JpaSchema.apply(c, database().database);
        }
        List<String> prepared = Collections.synchronizedList(new ArrayList<>());
        boolean[] armed = {false};
        DataSource killing = killing(scratch, whoAmI, kill, prepared, armed);
        EntityManagerFactory emf = new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                new TestDatabase.Unit(killing, JpaStores.entityClasses()), Map.of("hibernate.hbm2ddl.auto", "none"));
        String token;
        VisitRequest visit;
        try {
            ShareHub hub = hub(JpaStores.builder(emf).database(database().database).build());
            hub.fission().createCampaign(CampaignSpec.of("C1", "裂变"));
            String root = hub.fission().share(ShareRequest.of(Viewer.member("R"), "C1", Channel.LINK)).token();
            hub.fission().visit(VisitRequest.of(root, Viewer.member("S")).withVisitId("setup"));
            token = hub.fission().share(ShareRequest.of(Viewer.member("S"), "C1", Channel.LINK)).token();
            visit = VisitRequest.of(token, Viewer.anonymous("anon-V")).withVisitId("v1");
            prepared.clear();
            armed[0] = true;
            assertThatThrownBy(() -> hub.fission().visit(visit)).isInstanceOf(StorageException.class);
            assertThat(armed[0]).as("the connection was killed").isFalse();
            assertThat(String.join("\n", prepared)).as("the referral and its points were written before the kill")
                    .contains("insert into fission_referral").contains("insert into ledger_entry")
                    .contains("into fission_node");
        } finally {
            emf.close();
        }

        EntityManagerFactory fresh = scratch.reconnected().factory();
        try {
            ShareHub hub = hub(JpaStores.builder(fresh).database(database().database).build());
            assertThat(hub.points().balance("S")).isZero();
            assertThat(hub.points().balance("R")).isEqualTo(10);
            assertThat(hub.points().entries("S", 0, 10).total()).isZero();
            assertThat(hub.fission().graph("C1").node("anon-V")).isEmpty();
            assertThat(hub.fission().stats("C1")).isEqualTo(new CampaignStats(1, 1, 2, Map.of(Channel.LINK, 2L), 1));
            assertThat(hub.leaderboards().campaign("C1").rankOf("S")).isEmpty();
            assertThat(hub.people().ownerOf("anon-V")).isEmpty();

            VisitOutcome again = hub.fission().visit(visit);
            assertThat(again.status()).isEqualTo(VisitOutcome.Status.RECORDED);
            assertThat(again.pointsPaid()).isEqualTo(13);
            assertThat(hub.fission().visit(visit).status()).isEqualTo(VisitOutcome.Status.REPEATED);
            assertThat(hub.points().balance("S")).isEqualTo(10);
            assertThat(hub.points().balance("R")).isEqualTo(13);
            assertThat(hub.points().entries("S", 0, 10).total()).isEqualTo(1);
            assertThat(hub.fission().stats("C1")).isEqualTo(new CampaignStats(2, 2, 2, Map.of(Channel.LINK, 2L), 2));
            assertThat(hub.leaderboards().campaign("C1").top(10)).extracting(BoardRow::id, BoardRow::points)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("R", 13L),
                            org.assertj.core.groups.Tuple.tuple("S", 10L));
            assertThat(hub.people().ownerOf("anon-V")).contains("S");
        } finally {
            fresh.close();
        }
    }

    /**
     * The scratch database's connections, except that once armed, the first statement prepared to
     * write a visit row kills its own connection from a second connection first.
     */
    private static DataSource killing(TestDatabase.Scratch scratch, String whoAmI, String kill, List<String> prepared,
            boolean[] armed) {
        DataSource real = scratch.dataSource();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && armed[0]) {
                                    String sql = ((String) a[0]).toLowerCase(Locale.ROOT);
                                    prepared.add(sql);
                                    if (sql.startsWith("insert into fission_visit ")
                                            || sql.startsWith("insert into fission_visit(")) {
                                        armed[0] = false;
                                        killFromOutside(scratch, connection, whoAmI, kill);
                                    }
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static void killFromOutside(TestDatabase.Scratch scratch, Connection victim, String whoAmI, String kill)
            throws SQLException {
        Object id;
        try (Statement s = victim.createStatement(); var rs = s.executeQuery(whoAmI)) {
            rs.next();
            id = rs.getObject(1);
        }
        TestDatabase.Scratch admin = scratch.reconnected();
        try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(String.format(kill, id));
        }
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
