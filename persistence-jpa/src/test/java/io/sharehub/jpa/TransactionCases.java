package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.RetryableStorageException;
import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventOutcome;
import io.sharehub.engagement.EventOutcome.Status;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.VisitRequest;
import io.sharehub.jpa.internal.JpaTransactions;
import io.sharehub.jpa.internal.Sql;
import io.sharehub.store.Stores;
import io.sharehub.testkit.Concurrently;
import io.sharehub.testkit.MutableClock;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who owns the transaction: a host transaction that rolls back leaves no trace of what ShareHub
 * recorded in it (events, counters, heat, units, visits, referrals and points), after-commit work waits for the host's commit, and a lost race inside it is a
 * {@link RetryableStorageException}; when ShareHub owns the transaction it retries deadlocks and
 * lost races itself.
 */
abstract class TransactionCases {
    private TestHost host;
    private JpaStores hosted;

    /** @return the database under test */
    abstract TestDatabase database();

    @BeforeEach
    void stores() {
        TestDatabase.Instance db = database().instance();
        db.clear();
        host = new TestHost(db.emf);
        EntityManager shared = host.shared();
        hosted = JpaStores.builder(db.emf).currentEntityManager(() -> shared).hostTransactions(host)
                .database(db.db.database).checkSchema(false).build();
    }

    private static ShareHub hub(Stores stores) {
        ShareHub hub = ShareHub.builder().stores(stores).clock(MutableClock.at("2026-03-02T02:00:00Z"))
                .zone(ZoneId.of("Asia/Shanghai")).build();
        return hub;
    }

    private static void catalog(ShareHub hub) {
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        for (String id : List.of("M1", "M2")) {
            hub.catalog().createMaterial(MaterialSpec.of(id, "手册 " + id, "c"));
            hub.catalog().publish(id, hub.clock().instant().minus(Duration.ofDays(1)));
        }
    }

    @Test
    @DisplayName("a host transaction that rolls back leaves no trace of the events, counters, heat and units recorded in it")
    void hostRollbackLeavesNoTrace() {
        ShareHub hub = hub(hosted);
        catalog(hub);
        Viewer viewer = Viewer.member("U1").withUnit("store-1");
        host.rollback(() -> {
            hub.engagement().record(EngagementEvent.view("e1", viewer, "M1"));
            hub.engagement().record(EngagementEvent.favorite("e2", viewer, "M1"));
            hub.engagement().recordAll(List.of(EngagementEvent.download("e3", viewer, "M2"),
                    EngagementEvent.share("e4", viewer, "M2")));
            // inside the transaction ShareHub sees its own writes
            assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(1, 1, 1, 0, 0));
            return null;
        });
        assertThat(hub.engagement().stats("M1")).isEqualTo(MaterialStats.ZERO);
        assertThat(hub.engagement().stats("M2")).isEqualTo(MaterialStats.ZERO);
        assertThat(hub.engagement().history("U1", Set.of(), 0, 10).total()).isZero();
        assertThat(hub.engagement().isFavorite("U1", "M1")).isFalse();
        assertThat(hub.heat().ofPerson("U1")).isZero();
        assertThat(hub.people().unitOf("U1")).isEmpty();

        host.commit(() -> hub.engagement().record(EngagementEvent.view("e1", viewer, "M1")));
        assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(1, 1, 0, 0, 0));
        assertThat(hub.people().unitOf("U1")).contains("store-1");
    }

    @Test
    @DisplayName("a host transaction that rolls back leaves no trace of the visits, events and points it recorded")
    void hostRollbackLeavesNoVisitsOrPoints() {
        ShareHub hub = hub(hosted);
        catalog(hub);
        hub.fission().createCampaign(CampaignSpec.of("C1", "双十一预热").withMaterial("M1"));
        String token = hub.fission().share(ShareRequest.of(Viewer.member("A"), "C1", Channel.LINK)).token();
        VisitRequest visit = VisitRequest.of(token, Viewer.member("B")).withVisitId("visit-1");

        host.rollback(() -> {
            assertThat(hub.fission().visit(visit).newReferral()).isTrue();
            hub.engagement().record(EngagementEvent.view("view-1", Viewer.member("B"), "M1"));
            hub.points().adjust("A", 50, "adjust-1", null, "bonus");
            assertThat(hub.points().balance("A")).isEqualTo(60);
            return null;
        });
        assertThat(hub.points().balance("A")).isZero();
        assertThat(hub.points().entries("A", 0, 10).total()).isZero();
        assertThat(hub.fission().stats("C1").reads()).isZero();
        assertThat(hub.fission().stats("C1").newReferrals()).isZero();
        // only A's share, made before the host transaction, counts
        assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(0, 0, 0, 0, 1));
        assertThat(hub.leaderboards().campaign("C1").top(10)).isEmpty();

        // the same visit id, run again after the rollback, pays once
        host.commit(() -> hub.fission().visit(visit));
        host.commit(() -> hub.fission().visit(visit));
        assertThat(hub.points().balance("A")).isEqualTo(10);
        assertThat(hub.fission().stats("C1").newReferrals()).isEqualTo(1);
    }

    @Test
    @DisplayName("after-commit work inside a host transaction runs when the host commits, never when it rolls back")
    void afterCommitGoesToTheHost() {
        List<String> ran = new ArrayList<>();
        host.rollback(() -> hosted.transactions().write(() -> {
            hosted.transactions().afterCommit(() -> ran.add("rolled back"));
            return null;
        }));
        host.commit(() -> hosted.transactions().write(() -> {
            hosted.transactions().afterCommit(() -> ran.add("committed"));
            assertThat(ran).isEmpty();
            return null;
        }));
        hosted.transactions().write(() -> {
            hosted.transactions().afterCommit(() -> ran.add("own"));
            return null;
        });
        assertThat(ran).containsExactly("committed", "own");
    }

    @Test
    @DisplayName("a lost race inside a host transaction is a RetryableStorageException; running the unit again repeats")
    void lostRaceInHostIsRetryable() throws Exception {
        ShareHub hub = hub(hosted);
        catalog(hub);
        EngagementEvent event = EngagementEvent.view("same", Viewer.member("U1"), "M1");
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> host.commit(() -> {
            hub.engagement().record(event);
            recorded.countDown();
            await(release);
            return null;
        }));
        first.start();
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
        List<Throwable> failures = new ArrayList<>();
        Thread second = new Thread(() -> {
            try {
                host.commit(() -> hub.engagement().record(event));
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        second.start();
        Thread.sleep(500);
        release.countDown();
        first.join(30_000);
        second.join(30_000);
        assertThat(failures).singleElement().isInstanceOf(RetryableStorageException.class);
        assertThat(host.commit(() -> hub.engagement().record(event)).status()).isEqualTo(Status.REPEATED);
        assertThat(hub.engagement().stats("M1").views()).isEqualTo(1);
    }

    @Test
    @DisplayName("ShareHub's own transactions retry deadlocks: both units of work complete, one of them ran again")
    void ownTransactionsRetryDeadlocks() {
        JpaStores stores = database().instance().freshStores();
        ShareHub hub = hub(stores);
        catalog(hub);
        hub.engagement().record(EngagementEvent.view("a", Viewer.member("U"), "M1"));
        hub.engagement().record(EngagementEvent.view("b", Viewer.member("U"), "M2"));
        JpaTransactions tx = (JpaTransactions) stores.transactions();
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        Concurrently.run(2, i -> tx.write(() -> {
            runs.incrementAndGet();
            List<String> order = i == 0 ? List.of("M1", "M2") : List.of("M2", "M1");
            Sql.of("UPDATE sh_material_total SET shares = shares + 1 WHERE material_id = ").param(order.get(0))
                    .update(tx.em());
            try {
                bothLocked.await(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the other unit is running again after the deadlock: go on alone
            }
            Sql.of("UPDATE sh_material_total SET shares = shares + 1 WHERE material_id = ").param(order.get(1))
                    .update(tx.em());
            return null;
        }));
        assertThat(runs.get()).isGreaterThan(2);
        assertThat(hub.engagement().stats("M1").shares()).isEqualTo(2);
        assertThat(hub.engagement().stats("M2").shares()).isEqualTo(2);
    }

    @Test
    @DisplayName("ShareHub's own transactions retry a lost idempotency race: one RECORDED, the others REPEATED")
    void ownTransactionsRetryLostRaces() {
        JpaStores stores = database().instance().freshStores();
        ShareHub hub = hub(stores);
        catalog(hub);
        EngagementEvent event = EngagementEvent.view("same", Viewer.member("U1"), "M1");
        CyclicBarrier together = new CyclicBarrier(4);
        List<EventOutcome> outcomes = Concurrently.run(4, i -> stores.transactions().write(() -> {
            EventOutcome outcome = hub.engagement().record(event);
            try {
                together.await(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                // a rerun after the lost race: the others are done
            }
            return outcome;
        }));
        assertThat(outcomes).extracting(EventOutcome::status).containsOnlyOnce(Status.RECORDED)
                .containsOnly(Status.RECORDED, Status.REPEATED);
        assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(1, 1, 0, 0, 0));
    }

    @Test
    @DisplayName("standalone, a write inside a read on the same thread is refused")
    void noWriteInsideRead() {
        JpaStores stores = database().instance().freshStores();
        assertThatThrownBy(() -> stores.transactions().read(() -> stores.transactions().write(() -> 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
