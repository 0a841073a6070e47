package io.sharehub.testkit;

import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;

/** The in-memory stores keep the fission properties. */
class InMemoryFissionProperties extends FissionProperties {
    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
