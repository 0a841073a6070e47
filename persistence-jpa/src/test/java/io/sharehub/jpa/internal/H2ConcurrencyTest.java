package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

@DisplayName("JPA ledger and fission stores on H2: two instances racing")
class H2ConcurrencyTest extends ConcurrencyScenarios {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    int operationsPerThread() {
        return 15;
    }

    /*
     * With H2's reuse of query results on, about one run in a hundred of either ledger race ended
     * with a reversed award still on a board (a re-read under a lock answered from a result kept
     * from before a merge's commit; see H2ResultReuse). Twenty more runs of each give such a
     * regression a fair chance to show in any one build (about fifteen seconds on two busy cores).
     */

    @RepeatedTest(20)
    @DisplayName("the ledger race again: no result kept from before a commit")
    void ledgerRaceAgain() {
        twoInstancesRaceOverTheLedger();
    }

    @RepeatedTest(20)
    @DisplayName("reversals racing merges again: no result kept from before a commit")
    void reversalsRaceMergesAgain() {
        reversalsRaceMerges();
    }
}
