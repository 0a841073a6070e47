package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Search on JPA equals the in-memory store's, on MariaDB 10.11. */
@DisplayName("JPA stores on MariaDB 10.11: search equals the in-memory store's")
class MariaDbSearchParityIT extends SearchParityCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
