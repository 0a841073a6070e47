package io.sharehub.jpa.internal;

import io.sharehub.store.Stores;
import io.sharehub.testkit.LedgerProperties;

/** The testkit's ledger properties against the JPA ledger store on H2, over emptied tables each try. */
class H2LedgerProperties extends LedgerProperties {
    @Override
    protected Stores stores() {
        TestInstance instance = TestInstance.shared(TestDatabase.H2);
        instance.empty();
        return instance.stores();
    }
}
