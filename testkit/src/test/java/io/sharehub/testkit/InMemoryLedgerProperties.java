package io.sharehub.testkit;

import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;

/** The in-memory reference stores satisfy the ledger properties. */
class InMemoryLedgerProperties extends LedgerProperties {
    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
