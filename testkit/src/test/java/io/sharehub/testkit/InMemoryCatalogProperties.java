package io.sharehub.testkit;

import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;

/** The in-memory stores keep the catalog properties. */
class InMemoryCatalogProperties extends CatalogProperties {
    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
