package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger on PostgreSQL: the testkit's points and leaderboard groups")
class PostgresLedgerContractIT extends LedgerContractRun {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
