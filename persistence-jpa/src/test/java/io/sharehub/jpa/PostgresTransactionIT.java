package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Host and standalone transactions, on PostgreSQL 15. */
@DisplayName("JPA stores on PostgreSQL 15: host and standalone transactions")
class PostgresTransactionIT extends TransactionCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
