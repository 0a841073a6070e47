package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger and fission stores on MariaDB: two instances racing, a connection killed")
class MariaDbConcurrencyIT extends ServerConcurrencyScenarios {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    int operationsPerThread() {
        return 60;
    }
}
