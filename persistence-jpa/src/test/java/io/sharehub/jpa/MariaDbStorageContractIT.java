package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.StorageContract;
import org.junit.jupiter.api.DisplayName;

/** The whole storage contract on the JPA stores, with Hibernate on the local MariaDB server. */
@DisplayName("JPA stores on MariaDB 10.11 (Hibernate 6.6): the storage contract")
class MariaDbStorageContractIT extends StorageContract {
    @Override
    protected Stores stores() {
        return TestDatabase.MARIADB.instance().freshStores();
    }
}
