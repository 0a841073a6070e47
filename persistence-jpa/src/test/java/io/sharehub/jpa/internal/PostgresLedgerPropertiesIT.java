package io.sharehub.jpa.internal;

import io.sharehub.store.Stores;
import io.sharehub.testkit.LedgerProperties;

/**
 * The testkit's ledger properties against the JPA ledger store on PostgreSQL, over emptied tables each
 * try, behind a {@link TwinLedgerStore}: besides the kit's checks against its brute-force model,
 * every port call the core makes must answer exactly as the in-memory reference does.
 */
class PostgresLedgerPropertiesIT extends LedgerProperties {
    @Override
    protected Stores stores() {
        TestInstance instance = TestInstance.shared(TestDatabase.POSTGRESQL);
        instance.empty();
        return instance.stores(new TwinLedgerStore(instance.ledger), instance.fission);
    }
}
