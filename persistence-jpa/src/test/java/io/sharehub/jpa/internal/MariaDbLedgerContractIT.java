package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger on MariaDB: the testkit's points and leaderboard groups")
class MariaDbLedgerContractIT extends LedgerContractRun {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
