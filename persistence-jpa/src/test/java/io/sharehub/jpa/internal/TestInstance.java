package io.sharehub.jpa.internal;

import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.store.Stores;
import io.sharehub.store.Transactions;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * One application instance in a test: an entity manager factory over a prepared schema, the test
 * transactions, and this branch's two stores. Two instances over one schema stand in for two
 * application instances sharing a database.
 */
final class TestInstance implements AutoCloseable {
    /** Every table of the two scripts but the sequence blocks, emptied between tests. */
    static final List<String> TABLES = List.of("ledger_account", "ledger_entry", "ledger_keyed_operation",
            "ledger_referral", "ledger_award", "ledger_campaign_counter", "ledger_campaign_points", "ledger_campaign_bucket",
            "ledger_day_counter", "ledger_week_counter", "fission_campaign",
            "fission_campaign_stat", "fission_campaign_channel", "fission_graph", "fission_share",
            "fission_share_action", "fission_sharer", "fission_visitor", "fission_node", "fission_visit",
            "fission_referral", "fission_device", "fission_promoter", "fission_promoter_visitor");

    final TestDatabase database;
    final String url;
    final EntityManagerFactory factory;
    final TestTransactions tx;
    final JpaLedgerStore ledger;
    final JpaFissionStore fission;

    TestInstance(TestDatabase database, String url) {
        this.database = database;
        this.url = url;
        List<Class<?>> entities = new ArrayList<>(JpaLedgerStore.ENTITIES);
        entities.addAll(JpaFissionStore.ENTITIES);
        this.factory = database.factory(url, entities);
        if (database == TestDatabase.H2) {
            H2ResultReuse.turnOff(factory);   // as JpaStores.build() does
        }
        this.tx = new TestTransactions(factory, database.dialect());
        this.ledger = new JpaLedgerStore(tx);
        this.fission = new JpaFissionStore(tx);
    }

    private static final java.util.Map<TestDatabase, TestInstance> SHARED = new java.util.EnumMap<>(TestDatabase.class);

    /**
     * @return the instance this JVM's tests share on a database (its tables are not emptied
     *     here); closed when the JVM ends
     */
    static synchronized TestInstance shared(TestDatabase database) {
        return SHARED.computeIfAbsent(database, d -> new TestInstance(d, d.prepare(false)));
    }

    /** @return an instance over a schema the scripts were just applied to (H2) or emptied (servers) */
    static TestInstance fresh(TestDatabase database) {
        String url = database.prepare(true);
        TestInstance instance = new TestInstance(database, url);
        instance.empty();
        return instance;
    }

    /** @return another instance over the same schema, as a second application instance */
    TestInstance twin() {
        return new TestInstance(database, url);
    }

    /** Deletes every row of the ledger and fission tables. */
    void empty() {
        tx.write(() -> {
            for (String table : TABLES) {
                tx.em().createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            return null;
        });
    }

    /**
     * A store set over this instance's transactions with the ledger and fission stores, for
     * driving the core's own services; the other stores are absent (every call fails) because the
     * services these tests use never reach them.
     */
    Stores stores() {
        return stores(ledger, fission);
    }

    /** Like {@link #stores()} with other ledger and fission stores (such as twins of this instance's). */
    Stores stores(LedgerStore ledgerStore, FissionStore fissionStore) {
        return new Stores() {
            private final CatalogStore catalog = absent(CatalogStore.class);
            private final EngagementStore engagement = absent(EngagementStore.class);
            private final PeopleStore people = absent(PeopleStore.class);

            @Override
            public Transactions transactions() {
                return tx;
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
                return ledgerStore;
            }

            @Override
            public FissionStore fission() {
                return fissionStore;
            }
        };
    }

    private static <T> T absent(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> port.getSimpleName() + " (absent)";
                };
            }
            throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName()
                    + " is not part of the ledger and fission tests");
        }));
    }

    @Override
    public void close() {
        factory.close();
    }
}
