package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA ledger store on H2 against the in-memory reference, method by method")
class H2LedgerStoreTest extends LedgerStoreDifferential {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
