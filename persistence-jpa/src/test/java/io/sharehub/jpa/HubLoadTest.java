package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Two hubs over one H2 database. */
@DisplayName("JPA stores on H2 2.3: two hubs against the brute-force model")
class HubLoadTest extends HubLoadCases {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
