package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Host and standalone transactions, on MariaDB 10.11. */
@DisplayName("JPA stores on MariaDB 10.11: host and standalone transactions")
class MariaDbTransactionIT extends TransactionCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
