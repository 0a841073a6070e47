package io.sharehub.testkit;

import io.sharehub.ShareHub;
import io.sharehub.store.Stores;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The contract every ShareHub store set must pass. A store author extends it in a short test
 * class:
 *
 * <pre>{@code
 * class MyStorageContractTest extends StorageContract {
 *     @Override
 *     protected Stores stores() {
 *         return MyStores.create(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>Each test gets a hub over a new, empty store set from {@link #stores()}, on a
 * {@link MutableClock} standing at {@link #START} in zone Asia/Shanghai. The tests run through the
 * public API, so they check the store together with the rules that depend on it. One
 * {@code @Nested} group per domain.
 */
public abstract class StorageContract {
    /** Where every contract test's clock starts: Monday 2026-03-02, 10:00 in Shanghai. */
    public static final String START = "2026-03-02T10:00:00+08:00";

    private ContractFixture fixture;

    /**
     * @return a new, empty store set; called once before every test
     */
    protected abstract Stores stores();

    /**
     * Builds the hub of the next test. Override to set more options; call {@code super}'s builder.
     *
     * @param stores the fresh store set
     * @param clock the test's clock
     * @return a builder for the hub under test
     */
    protected ShareHub.Builder hubBuilder(Stores stores, MutableClock clock) {
        return ShareHub.builder().stores(stores).clock(clock).zone(ZoneId.of("Asia/Shanghai"));
    }

    @BeforeEach
    void buildFixture() {
        MutableClock clock = MutableClock.at(START);
        Stores stores = stores();
        fixture = new ContractFixture(hubBuilder(stores, clock).build(), stores, clock);
    }

    /** @return the fixture of the running test */
    protected final ContractFixture fixture() {
        return fixture;
    }

    @Nested
    @DisplayName("catalog and search")
    class Catalog extends CatalogContract {
        @Override
        protected ContractFixture fixture() {
            return fixture;
        }
    }

    @Nested
    @DisplayName("engagement, statistics and heat")
    class Engagement extends EngagementContract {
        @Override
        protected ContractFixture fixture() {
            return fixture;
        }
    }

    @Nested
    @DisplayName("fission: campaigns, shares, visits, graph and rewards")
    class Fission extends FissionContract {
        @Override
        protected ContractFixture fixture() {
            return fixture;
        }
    }

    @Nested
    @DisplayName("fission for real customers: owners, merges, caps, flags, reversal")
    class FissionExtras extends FissionExtrasContract {
        @Override
        protected ContractFixture fixture() {
            return fixture;
        }
    }

    @Nested
    @DisplayName("access on every path")
    class Access extends AccessContract {
        @Override
        protected ContractFixture fixture() {
            return fixture;
        }
    }

    @Nested
    @DisplayName("points ledger")
    class Points extends PointsContract {
        @Override
        protected ContractFixture fixture() {
            return fixture;
        }
    }

    @Nested
    @DisplayName("leaderboards")
    class Leaderboards extends LeaderboardContract {
        @Override
        protected ContractFixture fixture() {
            return fixture;
        }
    }
}
