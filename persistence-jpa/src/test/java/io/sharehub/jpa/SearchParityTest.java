package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Search on JPA equals the in-memory store's, on H2 2.3. */
@DisplayName("JPA stores on H2 2.3: search equals the in-memory store's")
class SearchParityTest extends SearchParityCases {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
