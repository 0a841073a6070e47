package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger store on PostgreSQL against the in-memory reference, method by method")
class PostgresLedgerStoreIT extends LedgerStoreDifferential {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
