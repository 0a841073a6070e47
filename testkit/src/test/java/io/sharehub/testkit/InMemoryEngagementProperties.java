package io.sharehub.testkit;

import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;

/** The in-memory stores keep the engagement properties. */
class InMemoryEngagementProperties extends EngagementProperties {
    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
