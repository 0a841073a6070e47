package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Load on H2. */
@DisplayName("JPA stores on H2 2.3: under load")
class LoadTest extends LoadCases {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
