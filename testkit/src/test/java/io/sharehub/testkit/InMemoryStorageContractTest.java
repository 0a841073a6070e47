package io.sharehub.testkit;

import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;

/** The in-memory reference stores pass the whole contract. */
class InMemoryStorageContractTest extends StorageContract {
    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
