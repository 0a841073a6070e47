package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.StorageContract;
import org.junit.jupiter.api.DisplayName;

/** The whole storage contract on the JPA stores, with Hibernate on H2. */
@DisplayName("JPA stores on H2 2.3 (Hibernate 6.6): the storage contract")
class JpaStorageContractTest extends StorageContract {
    @Override
    protected Stores stores() {
        return TestDatabase.H2.instance().freshStores();
    }
}
