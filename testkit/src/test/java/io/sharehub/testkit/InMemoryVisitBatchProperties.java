package io.sharehub.testkit;

import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;

/** The in-memory stores record a batch of visits as they record its visits one by one. */
class InMemoryVisitBatchProperties extends VisitBatchProperties {
    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
