package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.StorageContract;
import org.junit.jupiter.api.DisplayName;

/** The whole storage contract on the JPA stores, with Hibernate on the local PostgreSQL server. */
@DisplayName("JPA stores on PostgreSQL 15 (Hibernate 6.6): the storage contract")
class PostgresStorageContractIT extends StorageContract {
    @Override
    protected Stores stores() {
        return TestDatabase.POSTGRESQL.instance().freshStores();
    }
}
