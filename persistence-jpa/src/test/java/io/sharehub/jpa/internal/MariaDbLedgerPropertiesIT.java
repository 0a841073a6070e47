package io.sharehub.jpa.internal;

import io.sharehub.store.Stores;
import io.sharehub.testkit.LedgerProperties;

/** The testkit's ledger properties against the JPA ledger store on MariaDB, over emptied tables each try. */
class MariaDbLedgerPropertiesIT extends LedgerProperties {
    @Override
    protected Stores stores() {
        TestInstance instance = TestInstance.shared(TestDatabase.MARIADB);
        instance.empty();
        return instance.stores();
    }
}
