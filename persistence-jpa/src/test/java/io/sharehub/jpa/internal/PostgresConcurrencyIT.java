package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger and fission stores on PostgreSQL: two instances racing, a connection killed")
class PostgresConcurrencyIT extends ServerConcurrencyScenarios {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    int operationsPerThread() {
        return 60;
    }
}
