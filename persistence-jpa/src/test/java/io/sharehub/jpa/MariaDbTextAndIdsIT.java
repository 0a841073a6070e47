package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Emoji round-trip byte for byte and ids compare exactly, on MariaDB 10.11. */
@DisplayName("JPA stores on MariaDB 10.11: text and ids")
class MariaDbTextAndIdsIT extends TextAndIdsCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
