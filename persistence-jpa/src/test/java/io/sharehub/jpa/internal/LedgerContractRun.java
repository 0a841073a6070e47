package io.sharehub.jpa.internal;

import io.sharehub.ShareHub;
import io.sharehub.store.Stores;
import io.sharehub.testkit.ContractFixture;
import io.sharehub.testkit.LeaderboardContract;
import io.sharehub.testkit.MutableClock;
import io.sharehub.testkit.PointsContract;
import io.sharehub.testkit.StorageContract;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The testkit's points and leaderboard groups, run through the core's own services against the
 * JPA ledger store on one database. The core's ledger and leaderboards reach no other store, so
 * the set holds only this branch's stores (the rest fail if called). Until the module's
 * {@code JpaStores} lands, this is how the kit reaches the ledger store.
 */
abstract class LedgerContractRun {
    private ContractFixture fixture;

    /** @return the database this run is on */
    abstract TestDatabase database();

    @BeforeEach
    void buildFixture() {
        TestInstance instance = TestInstance.shared(database());
        instance.empty();
        MutableClock clock = MutableClock.at(StorageContract.START);
        Stores stores = instance.stores();
        fixture = new ContractFixture(ShareHub.builder().stores(stores).clock(clock).zone(ZoneId.of("Asia/Shanghai"))
                .build(), stores, clock);
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
