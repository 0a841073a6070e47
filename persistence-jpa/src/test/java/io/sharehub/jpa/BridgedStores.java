package io.sharehub.jpa;

import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.store.Stores;
import io.sharehub.store.Transactions;
import io.sharehub.store.memory.InMemoryStores;
import java.util.function.Supplier;

/**
 * The JPA stores as the tests run them while the JPA ledger and fission stores are built on
 * their own branch: when {@link JpaStores#ledger()} and {@link JpaStores#fission()} answer, the
 * JPA stores as they are; until then the JPA catalog, engagement and people stores with the
 * in-memory ledger and fission stores beside them. Every unit of work then runs inside the
 * in-memory set's lock (writes one at a time, which keeps those stores safe) and inside a JPA
 * transaction. Once both branches are merged {@link #over} returns the JPA stores themselves and
 * this class has nothing left to do.
 */
final class BridgedStores implements Stores {
    private final JpaStores jpa;
    private final InMemoryStores memory = InMemoryStores.create();
    private final Transactions transactions;

    private BridgedStores(JpaStores jpa, boolean locked) {
        this.jpa = jpa;
        Transactions outer = memory.transactions();
        Transactions inner = jpa.transactions();
        this.transactions = !locked ? inner : new Transactions() {
            @Override
            public <T> T write(Supplier<T> work) {
                return outer.write(() -> inner.write(work));
            }

            @Override
            public <T> T read(Supplier<T> work) {
                return outer.read(() -> inner.read(work));
            }

            @Override
            public void afterCommit(Runnable action) {
                inner.afterCommit(action);
            }
        };
    }

    /**
     * @param jpa JPA stores
     * @return a complete store set: the JPA stores once they cover every port, else the bridge
     */
    static Stores over(JpaStores jpa) {
        try {
            jpa.ledger();
            jpa.fission();
            return jpa;
        } catch (UnsupportedOperationException notYet) {
            return new BridgedStores(jpa, true);
        }
    }

    /**
     * Like {@link #over}, but without the in-memory lock, for tests of concurrency whose work never
     * reaches the ledger or fission stores (engagement, catalog and people only).
     *
     * @param jpa JPA stores
     * @return a complete store set whose transactions are the JPA stores' own
     */
    static Stores unlocked(JpaStores jpa) {
        try {
            jpa.ledger();
            jpa.fission();
            return jpa;
        } catch (UnsupportedOperationException notYet) {
            return new BridgedStores(jpa, false);
        }
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public CatalogStore catalog() {
        return jpa.catalog();
    }

    @Override
    public EngagementStore engagement() {
        return jpa.engagement();
    }

    @Override
    public PeopleStore people() {
        return jpa.people();
    }

    @Override
    public LedgerStore ledger() {
        return memory.ledger();
    }

    @Override
    public FissionStore fission() {
        return memory.fission();
    }
}
