package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

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
}
