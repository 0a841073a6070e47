package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Emoji round-trip byte for byte and ids compare exactly, on PostgreSQL 15. */
@DisplayName("JPA stores on PostgreSQL 15: text and ids")
class PostgresTextAndIdsIT extends TextAndIdsCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
