package io.sharehub.store.memory;

import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.store.Stores;
import io.sharehub.store.Transactions;

/**
 * Thread-safe stores that keep everything in this JVM's memory: the reference every other store
 * is tested against, and the default when a hub is built without stores. Data is lost when the
 * JVM stops.
 *
 * <p>Writes are serialized by one lock and reads share it, so every operation is atomic and sees a
 * consistent state.
 */
public final class InMemoryStores implements Stores {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryCatalogStore catalog = new InMemoryCatalogStore();
    private final InMemoryEngagementStore engagement = new InMemoryEngagementStore(catalog);
    private final InMemoryPeopleStore people = new InMemoryPeopleStore();
    private final InMemoryLedgerStore ledger = new InMemoryLedgerStore();
    private final InMemoryFissionStore fission = new InMemoryFissionStore();

    private InMemoryStores() {
        catalog.viewsFrom(engagement::views);
    }

    /** @return a new, empty set of in-memory stores */
    public static InMemoryStores create() {
        return new InMemoryStores();
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public CatalogStore catalog() {
        return catalog;
    }

    @Override
    public EngagementStore engagement() {
        return engagement;
    }

    @Override
    public PeopleStore people() {
        return people;
    }

    @Override
    public LedgerStore ledger() {
        return ledger;
    }

    @Override
    public FissionStore fission() {
        return fission;
    }
}
