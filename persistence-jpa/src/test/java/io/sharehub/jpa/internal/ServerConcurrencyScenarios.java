package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.ShareHub;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.Payout;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.spi.CampaignCounts;
import io.sharehub.fission.spi.StoredVisit;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.testkit.MutableClock;
import io.sharehub.testkit.StorageContract;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scenarios that need a database server: a connection killed from outside. */
abstract class ServerConcurrencyScenarios extends ConcurrencyScenarios {

    @Test
    @DisplayName("the connection killed while a visit and its points are recorded leaves neither; the retry pays once")
    void connectionKilledMidVisit() {
        first.tx.write(() -> {
            first.fission.insertCampaign(new Campaign("C1", "裂变", null, null, null, RewardRule.defaults(), NOW));
            first.fission.insertNode(new GraphNode("C1", "S", null, 0, EntryChannel.DIRECT, NOW, null, false));
            return null;
        });
        TestInstance victim = first.twin();
        try {
            LedgerStore killing = killingOnCounters(victim);
            ShareHub victimHub = ShareHub.builder().stores(victim.stores(killing, victim.fission))
                    .clock(MutableClock.at(StorageContract.START)).zone(ZONE).build();
            assertThatThrownBy(() -> recordVisit(victim, victimHub, "v1")).isInstanceOf(RuntimeException.class);
        } finally {
            victim.close();
        }

        ShareHub hub = hub(first);
        first.tx.read(() -> {
            assertThat(first.fission.node("C1", "V")).isEmpty();
            assertThat(first.fission.visits(List.of("v1"))).isEmpty();
            assertThat(first.fission.referral("ref-1")).isEmpty();
            assertThat(first.fission.campaignStats("C1")).isEqualTo(new CampaignStats(0, 0, 0, Map.of(), 0));
            assertThat(first.ledger.referral("ref-1")).isEmpty();
            assertThat(first.ledger.entriesOfReferral("ref-1")).isEmpty();
            return null;
        });
        assertThat(hub.points().balance("S")).isZero();
        assertThat(hub.leaderboards().campaign("C1").top(10)).isEmpty();

        assertThat(recordVisit(first, hub, "v1")).as("the retry makes the referral").isTrue();
        assertThat(recordVisit(first, hub, "v1")).as("a repeat of the recorded visit").isFalse();
        assertThat(hub.points().balance("S")).isEqualTo(10);
        assertThat(hub.points().entries("S", 0, 10).total()).isEqualTo(1);
        assertThat(hub.leaderboards().campaign("C1").rankOf("S")).get().satisfies(row -> {
            assertThat(row.points()).isEqualTo(10);
            assertThat(row.invited()).isEqualTo(1);
        });
        first.tx.read(() -> {
            assertThat(first.fission.campaignStats("C1")).isEqualTo(new CampaignStats(1, 1, 0, Map.of(), 1));
            assertThat(first.fission.descendants("C1", "S")).isEqualTo(1);
            return null;
        });
    }

    /** A visit as fission records it, its referral's points through the core's ledger, all in one transaction. */
    private static boolean recordVisit(TestInstance instance, ShareHub hub, String visitId) {
        return instance.tx.write(() -> {
            if (!instance.fission.visits(List.of(visitId)).isEmpty()) {
                return false;
            }
            boolean made = instance.fission.insertNode(new GraphNode("C1", "V", "S", 1, EntryChannel.LINK, NOW, "ref-1",
                    false));
            if (made) {
                hub.points().credit(ReferralCredit.of("ref-1", "C1", NOW, ReferralAward.of(1, "S", 10)));
                instance.fission.insertReferral(new Referral("ref-1", "C1", "S", "V", NOW, EntryChannel.LINK, null, false,
                        List.of(new Payout(1, "S", 10))));
            }
            instance.fission.insertVisit(new StoredVisit(visitId, 1, "C1", "S", "V", NOW, made ? "ref-1" : null,
                    made ? EntryChannel.LINK : null));
            boolean fresh = instance.fission.addVisitor("C1", "V");
            instance.fission.addCampaignCounts("C1", new CampaignCounts(1, fresh ? 1 : 0, 0, made ? 1 : 0, null, 0));
            return made;
        });
    }

    /**
     * The instance's ledger store, except that the first time it is asked to change counters (after
     * the referral, its entries and the balance were written) its own connection is killed from
     * outside, as a crash or a network cut would.
     */
    private LedgerStore killingOnCounters(TestInstance instance) {
        boolean[] armed = {true};
        return (LedgerStore) Proxy.newProxyInstance(LedgerStore.class.getClassLoader(), new Class<?>[] {LedgerStore.class},
                (proxy, method, args) -> {
                    if (armed[0] && method.getName().equals("applyCounters")) {
                        armed[0] = false;
                        kill(instance);
                    }
                    try {
                        return method.invoke(instance.ledger, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void kill(TestInstance instance) {
        boolean postgres = database() == TestDatabase.POSTGRESQL;
        Object id = instance.tx.em().createNativeQuery(postgres ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")
                .getSingleResult();
        String admin = postgres ? "jdbc:postgresql://127.0.0.1:5432/test" : "jdbc:mariadb://127.0.0.1:3306/test";
        try (Connection connection = DriverManager.getConnection(admin, database().user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(postgres ? "SELECT pg_terminate_backend(" + id + ")" : "KILL " + id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot kill connection " + id, e);
        }
    }
}
