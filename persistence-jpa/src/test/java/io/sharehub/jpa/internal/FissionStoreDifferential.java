package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.fission.Campaign;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.Share;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JPA fission store against the in-memory reference, port call by port call, on one database:
 * random runs of the core's flows through a {@link TwinFissionStore}, and the cases random runs
 * reach too rarely.
 */
abstract class FissionStoreDifferential {
    private TestInstance instance;
    private TwinFissionStore twin;

    /** @return the database this run is on */
    abstract TestDatabase database();

    /** @return how many random runs, of how many operations each */
    abstract int runs();

    @BeforeEach
    void empty() {
        instance = TestInstance.shared(database());
        instance.empty();
        twin = new TwinFissionStore(instance.fission);
    }

    @Test
    @DisplayName("random shares, visits, repeats, reversals, campaign updates and merges: every call answers as in memory")
    void randomRuns() {
        for (int seed = 1; seed <= runs(); seed++) {
            instance.empty();
            FissionDriver driver = new FissionDriver(new TwinFissionStore(instance.fission), instance.tx, seed);
            driver.run(60);
            driver.readEverything();
        }
    }

    @Test
    @DisplayName("a chain 1,200 deep: descendants, walks, a root made in the middle and a node removed with its subtree")
    void deepChain() {
        int depth = 1_200;
        Instant t = FissionDriver.START;
        write(() -> twin.insertCampaign(new Campaign("C", "deep", null, null, null, RewardRule.defaults(), t)));
        write(() -> {
            for (int i = 0; i <= depth; i++) {
                twin.insertNode(new GraphNode("C", "P" + i, i == 0 ? null : "P" + (i - 1), i,
                        i == 0 ? EntryChannel.DIRECT : EntryChannel.LINK, t.plusNanos(i), i == 0 ? null : "R" + i, false));
            }
            twin.insertNode(new GraphNode("C", "Q", "P0", 1, EntryChannel.POSTER, t.plusSeconds(5), "RQ", false));
        });
        read(() -> {
            twin.descendants("C", "P0");
            twin.descendants("C", "P600");
            twin.maxDepth("C");
            twin.walk("C", null, 3, 100, n -> { });
            twin.walk("C", "P1", 2_000, 2_000, n -> { });
        });
        assertThat(read(() -> twin.descendants("C", "P0"))).isEqualTo(depth + 1);
        write(() -> twin.makeRoot("C", "P600"));
        read(() -> {
            twin.maxDepth("C");
            twin.node("C", "P1200");
            twin.descendants("C", "P0");
            twin.descendants("C", "P600");
            twin.roots("C", 0, 10);
        });
        write(() -> twin.removeNode("C", "P300", "Q"));
        write(() -> twin.removeNode("C", "P1200", "P1199"));
        write(() -> twin.renameNode("C", "P301", "P\uD83D\uDE00"));
        read(() -> {
            twin.maxDepth("C");
            twin.node("C", "P599");
            twin.node("C", "P\uD83D\uDE00");
            twin.children("C", "Q");
            twin.descendants("C", "Q");
            twin.descendants("C", "P0");
            twin.walk("C", null, 5, 50, n -> { });
            twin.walk("C", "Q", 400, 3_000, n -> { });
            twin.campaignsWithNode("P\uD83D\uDE00");
        });
    }

    @Test
    @DisplayName("insert-if-absent reports what it did: nodes by (campaign, person), shares by id and by person, campaign and channel")
    void insertIfAbsent() {
        Instant t = FissionDriver.START;
        List<Boolean> results = new ArrayList<>();
        write(() -> {
            results.add(twin.insertNode(new GraphNode("C", "U1", null, 0, EntryChannel.DIRECT, t, null, false)));
            results.add(twin.insertNode(new GraphNode("C", "U1", "X", 1, EntryChannel.LINK, t, "R", false)));
            results.add(twin.insertNode(new GraphNode("C", "u1", "U1", 1, EntryChannel.LINK, t, "R", false)));
            results.add(twin.insertNode(new GraphNode("C", "U1 ", "U1", 1, EntryChannel.LINK, t, "R2", false)));
            results.add(twin.insertShare(new Share(7, "U1", "C", Channel.LINK, t)));
            results.add(twin.insertShare(new Share(7, "U2", "C", Channel.LINK, t)));
            results.add(twin.insertShare(new Share(8, "U1", "C", Channel.LINK, t)));
            results.add(twin.insertShare(new Share(8, "U1", "C", Channel.POSTER, t)));
            results.add(twin.addSharer("C", "U1", t));
            results.add(twin.addSharer("C", "U1", t));
            results.add(twin.addVisitor("C", "V"));
            results.add(twin.addVisitor("C", "V"));
            results.add(twin.addPromoterVisitor("C", "U1", "V", t));
            results.add(twin.addPromoterVisitor("C", "U1", "V", t.plusSeconds(1)));
            twin.rememberDevice("d", "V");
            twin.rememberDevice("d", "V");
            twin.rememberDevice("d", "W");
        });
        assertThat(results).containsExactly(true, false, true, true, true, false, false, true, true, false, true, false,
                true, false);
        read(() -> {
            twin.children("C", "U1");
            twin.descendants("C", "U1");
            twin.maxDepth("C");
            twin.share(7);
            twin.share(8);
            twin.share("U1", "C", Channel.POSTER);
            twin.promoterVisitors("C", "U1", 0, 10);
        });
    }

    private void write(Runnable work) {
        instance.tx.write(() -> {
            work.run();
            return null;
        });
    }

    private void read(Runnable work) {
        instance.tx.read(() -> {
            work.run();
            return null;
        });
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        return instance.tx.read(work);
    }
}
