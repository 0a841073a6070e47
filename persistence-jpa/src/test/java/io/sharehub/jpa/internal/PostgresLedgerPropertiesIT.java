package io.sharehub.jpa.internal;

import io.sharehub.store.Stores;
import io.sharehub.testkit.LedgerProperties;

/** The testkit's ledger properties against the JPA ledger store on PostgreSQL, over emptied tables each try. */
class PostgresLedgerPropertiesIT extends LedgerProperties {
    @Override
    protected Stores stores() {
        TestInstance instance = TestInstance.shared(TestDatabase.POSTGRESQL);
        instance.empty();
        return instance.stores();
    }
}
