package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventOutcome;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.Statistic;
import io.sharehub.testkit.Concurrently;
import io.sharehub.testkit.MutableClock;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import io.sharehub.StorageException;
import io.sharehub.jpa.internal.JpaTransactions;
import io.sharehub.jpa.internal.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 for the catalog, engagement and people stores: exact counts with two application
 * instances over one database, no deadlock from opposite orders, events written in JDBC batches,
 * and pages of materials with their statistics in a fixed, small number of statements.
 */
abstract class LoadCases {
    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    static final List<String> MATERIALS = List.of("M1", "M2", "M3", "M4", "M5");

    /** @return the database under test */
    abstract TestDatabase database();

    static ShareHub hub(JpaStores stores) {
        return ShareHub.builder().stores(stores).clock(MutableClock.at(START))
                .zone(ZoneId.of("Asia/Shanghai")).build();
    }

    static void catalog(ShareHub hub, int materials) {
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        for (int i = 0; i < materials; i++) {
            String id = i < MATERIALS.size() ? MATERIALS.get(i) : "X" + i;
            hub.catalog().createMaterial(MaterialSpec.of(id, "手册 " + id, "c").withTags("标签" + i % 3, "爆款"));
            hub.catalog().publish(id, START.minus(Duration.ofDays(2)).plusSeconds(i));
        }
    }

    @Test
    @DisplayName("two application instances, 8 threads each, count views, unique viewers, favourites and heat exactly")
    void twoInstancesCountExactly() {
        TestDatabase.Instance db = database().instance();
        JpaStores first = db.freshStores();
        EntityManagerFactory otherEmf = db.factory(Map.of());
        try {
            JpaStores second = JpaStores.builder(otherEmf).database(db.db.database).build();
            ShareHub a = hub(first);
            ShareHub b = hub(second);
            catalog(a, MATERIALS.size());

            // Every thread records its own plan; every event id is delivered by both instances.
            int threads = 8;
            int perThread = 60;
            List<List<EngagementEvent>> plans = new ArrayList<>();
            Random random = new Random(9);
            for (int t = 0; t < threads; t++) {
                List<EngagementEvent> plan = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    Viewer viewer = Viewer.member("P" + random.nextInt(12)).withUnit("unit-" + t);
                    String material = MATERIALS.get(random.nextInt(MATERIALS.size()));
                    EventType type = List.of(EventType.VIEW, EventType.VIEW, EventType.DOWNLOAD, EventType.SHARE,
                            EventType.FAVORITE).get(random.nextInt(5));
                    plan.add(new EngagementEvent("t" + t + "-" + i, viewer, material, type,
                            START.minusSeconds(perThread - i)));
                }
                plans.add(plan);
            }
            Concurrently.run(threads * 2, i -> {
                ShareHub hub = i % 2 == 0 ? a : b;
                List<EngagementEvent> plan = plans.get(i / 2);
                for (int k = 0; k < plan.size(); k += 4) {
                    if (k % 8 == 0) {
                        hub.engagement().recordAll(plan.subList(k, Math.min(plan.size(), k + 4)));
                    } else {
                        plan.subList(k, Math.min(plan.size(), k + 4)).forEach(hub.engagement()::record);
                    }
                }
                return null;
            });

            Map<String, long[]> expected = new HashMap<>();
            Map<String, Set<String>> viewers = new HashMap<>();
            Set<String> favorites = new HashSet<>();
            Map<String, Double> heat = new HashMap<>();
            for (List<EngagementEvent> plan : plans) {
                for (EngagementEvent e : plan) {
                    long[] c = expected.computeIfAbsent(e.materialId(), m -> new long[4]);
                    String person = e.viewer().id();
                    switch (e.type()) {
                        case VIEW -> {
                            c[0]++;
                            viewers.computeIfAbsent(e.materialId(), m -> new HashSet<>()).add(person);
                            heat.merge(person, 1.0, Double::sum);
                        }
                        case DOWNLOAD -> {
                            c[2]++;
                            heat.merge(person, 3.0, Double::sum);
                        }
                        case SHARE -> {
                            c[3]++;
                            heat.merge(person, 5.0, Double::sum);
                        }
                        case FAVORITE -> {
                            if (favorites.add(person + "|" + e.materialId())) {
                                c[1]++;
                                heat.merge(person, 2.0, Double::sum);
                            }
                        }
                        default -> throw new IllegalStateException();
                    }
                }
            }
            for (String material : MATERIALS) {
                long[] c = expected.getOrDefault(material, new long[4]);
                MaterialStats want = new MaterialStats(c[0], viewers.getOrDefault(material, Set.of()).size(), c[1], c[2],
                        c[3]);
                assertThat(a.engagement().stats(material)).as(material).isEqualTo(want);
                assertThat(b.engagement().stats(material)).as(material).isEqualTo(want);
            }
            heat.forEach((person, value) -> assertThat(b.heat().ofPerson(person)).as(person).isEqualTo(value));
            assertThat(a.heat().people(0, 100).total()).isEqualTo(heat.size());
            assertThat(a.engagement().history("P1", Set.of(), 0, 1000).total()).isEqualTo(
                    plans.stream().flatMap(List::stream).filter(e -> e.viewer().id().equals("P1")).count());
        } finally {
            otherEmf.close();
        }
    }

    @Test
    @DisplayName("two threads sharing overlapping materials in opposite orders, 200 times: no deadlock reaches them, counts exact")
    void oppositeOrders() {
        ShareHub hub = hub(database().instance().freshStores());
        catalog(hub, MATERIALS.size());
        int iterations = 200;
        Concurrently.run(2, t -> {
            List<String> order = new ArrayList<>(MATERIALS);
            if (t == 1) {
                java.util.Collections.reverse(order);
            }
            for (int i = 0; i < iterations; i++) {
                List<EngagementEvent> batch = new ArrayList<>();
                for (String material : order) {
                    batch.add(EngagementEvent.share(t + "-" + i + "-" + material, Viewer.member("S" + t), material));
                }
                assertThat(hub.engagement().recordAll(batch)).extracting(EventOutcome::isRecorded).containsOnly(true);
            }
            return null;
        });
        for (String material : MATERIALS) {
            assertThat(hub.engagement().stats(material).shares()).isEqualTo(2L * iterations);
        }
        assertThat(hub.heat().ofPerson("S0")).isEqualTo(5.0 * iterations * MATERIALS.size());
    }

    @Test
    @DisplayName("10,000 events in one batch call go out in JDBC batches, not 10,000 single statements")
    void batchesOfEvents() {
        TestDatabase.Instance db = database().instance();
        db.clear();
        EntityManagerFactory emf = db.factory(Map.of("hibernate.generate_statistics", true));
        try {
            JpaStores stores = JpaStores.builder(emf).database(db.db.database).checkSchema(false).build();
            ShareHub hub = hub(stores);
            catalog(hub, MATERIALS.size());
            List<EngagementEvent> events = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                Viewer viewer = Viewer.member("B" + i % 50);
                String material = MATERIALS.get(i % MATERIALS.size());
                events.add(i % 2 == 0 ? EngagementEvent.share("b" + i, viewer, material).at(START.minusSeconds(i))
                        : EngagementEvent.download("b" + i, viewer, material).at(START.minusSeconds(i)));
            }
            Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            assertThat(hub.engagement().recordAll(events)).extracting(EventOutcome::isRecorded).containsOnly(true);
            assertThat(statistics.getEntityInsertCount()).isEqualTo(10_000);
            // 20 look-ups of known ids, one insert prepared for batches of 50, a few counter upserts
            assertThat(statistics.getPrepareStatementCount()).isLessThan(100);
            assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(0, 0, 0, 1000, 1000));
        } finally {
            emf.close();
        }
    }

    @Test
    @DisplayName("a page of 50 materials with their statistics and tags costs one SQL statement (PostgreSQL: two)")
    void pageOfFifty() {
        TestDatabase.Instance db = database().instance();
        db.clear();
        EntityManagerFactory emf = db.factory(Map.of("hibernate.generate_statistics", true));
        try {
            JpaStores stores = JpaStores.builder(emf).database(db.db.database).checkSchema(false).build();
            ShareHub hub = hub(stores);
            catalog(hub, 120);
            List<EngagementEvent> events = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                events.add(EngagementEvent.view("p" + i, Viewer.member("V" + i % 17), "X" + (5 + i % 115))
                        .at(START.minus(Duration.ofHours(i % 50))));
            }
            hub.engagement().recordAll(events);
            Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
            // the page with its total in one statement; PostgreSQL first sets a read-only snapshot
            long statements = database() == TestDatabase.POSTGRESQL ? 2 : 1;
            Viewer admin = Viewer.admin("admin");
            TimeRange range = TimeRange.of(START.minus(Duration.ofHours(30)).plusSeconds(7), START);
            for (int page = 0; page < 3; page++) {
                for (TimeRange r : java.util.Arrays.asList(null, range)) {
                    statistics.clear();
                    Page<MaterialStatsRow> rows = hub.engagement().popular(admin, Statistic.VIEWS, r, page, 50);
                    assertThat(statistics.getPrepareStatementCount()).as("statements for page %s over %s", page, r)
                            .isEqualTo(statements);
                    assertThat(rows.items()).hasSize(page < 2 ? 50 : 20);
                    assertThat(rows.items()).allSatisfy(row -> assertThat(row.material().tags()).contains("爆款"));
                    assertThat(rows.total()).isEqualTo(120);
                }
                statistics.clear();
                Page<SearchHit> hits = hub.catalog().search(Viewer.member("V1"),
                        SearchRequest.of("手册").withTags("爆款").page(page, 50));
                assertThat(statistics.getPrepareStatementCount()).isEqualTo(statements);
                assertThat(hits.total()).isEqualTo(120);
            }
        } finally {
            emf.close();
        }
    }

    /**
     * Kills the connection of a ShareHub transaction after it recorded a batch of events and before
     * it commits, then checks that none of them is stored and that recording them again counts
     * each once.
     *
     * @param whoAmI the SQL giving the connection's server-side id
     * @param kill the statement that kills a connection, with {@code %s} for the id
     */
    void killedConnectionLeavesNothing(String whoAmI, String kill) throws SQLException {
        TestDatabase.Scratch scratch = database().scratch();
        try (Connection c = scratch.dataSource().getConnection()) {
            JpaSchema.apply(c, database().database);
        }
        EntityManagerFactory emf = scratch.factory();
        List<EngagementEvent> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(EngagementEvent.share("k" + i, Viewer.member("K" + i % 3).withUnit("u"), MATERIALS.get(i % 2)));
        }
        try {
            JpaStores stores = JpaStores.builder(emf).database(database().database).build();
            ShareHub hub = hub(stores);
            catalog(hub, 2);
            JpaTransactions tx = (JpaTransactions) stores.transactions();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.write(() -> {
                assertThat(hub.engagement().recordAll(batch)).extracting(EventOutcome::isRecorded).containsOnly(true);
                Object id = Sql.of(whoAmI).single(tx.em());
                TestDatabase.Scratch admin = scratch.reconnected();
                try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute(String.format(kill, id));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            })).isInstanceOf(StorageException.class);
        } finally {
            emf.close();
        }
        EntityManagerFactory fresh = scratch.reconnected().factory();
        try {
            ShareHub hub = hub(JpaStores.builder(fresh).database(database().database).build());
            for (String material : MATERIALS.subList(0, 2)) {
                assertThat(hub.engagement().stats(material)).isEqualTo(MaterialStats.ZERO);
            }
            assertThat(hub.heat().ofPerson("K0")).isZero();
            assertThat(hub.people().unitOf("K0")).isEmpty();
            assertThat(hub.engagement().recordAll(batch)).extracting(EventOutcome::status)
                    .containsOnly(EventOutcome.Status.RECORDED);
            assertThat(hub.engagement().recordAll(batch)).extracting(EventOutcome::status)
                    .containsOnly(EventOutcome.Status.REPEATED);
            assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(0, 0, 0, 0, 5));
            assertThat(hub.heat().ofPerson("K0")).isEqualTo(4 * 5.0);
        } finally {
            fresh.close();
        }
    }
}
