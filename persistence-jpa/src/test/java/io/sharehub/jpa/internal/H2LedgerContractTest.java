package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger on H2: the testkit's points and leaderboard groups")
class H2LedgerContractTest extends LedgerContractRun {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
