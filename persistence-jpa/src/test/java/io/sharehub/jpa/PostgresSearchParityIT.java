package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Search on JPA equals the in-memory store's, on PostgreSQL 15. */
@DisplayName("JPA stores on PostgreSQL 15: search equals the in-memory store's")
class PostgresSearchParityIT extends SearchParityCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
