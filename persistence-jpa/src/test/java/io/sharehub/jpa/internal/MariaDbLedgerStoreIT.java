package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger store on MariaDB against the in-memory reference, method by method")
class MariaDbLedgerStoreIT extends LedgerStoreDifferential {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
