package io.sharehub.examples.replay;

import io.sharehub.examples.cli.Options;
import io.sharehub.jpa.JpaSchema;
import io.sharehub.jpa.JpaStores;
import io.sharehub.jpa.SchemaMismatchException;
import io.sharehub.store.Stores;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The JPA stores a replay writes into with {@code --store h2} (a fresh in-memory H2 database) or
 * {@code --store JDBC-URL} (PostgreSQL or MariaDB; user and password in the URL, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=replay}). ShareHub's
 * tables are created when they are missing; a database that already holds campaigns is refused,
 * so that a replay always starts from empty stores.
 */
public final class JpaReplayStores {
    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String UNIT = "sharehub-cli";

    private JpaReplayStores() {
    }

    /**
     * @param store {@code h2} or a JDBC URL
     * @return the stores, over their own entity manager factory
     */
    public static Stores open(String store) {
        // H2 parses every statement it is not holding: keep all of the replay's (a few dozen) parsed.
        String url = "h2".equals(store)
                ? "jdbc:h2:mem:sharehub-replay-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                        + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256"
                : store;
        if (!url.startsWith("jdbc:")) {
            throw new Options.UsageException("--store must be memory, h2 or a JDBC URL, but was '" + store + "'");
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", url);
        settings.put("hibernate.jdbc.batch_size", 50);
        settings.put("hibernate.order_inserts", true);
        settings.put("hibernate.order_updates", true);
        settings.put("hibernate.connection.pool_size", 2);
        // The unit names its mapping file: scanning this jar (tens of thousands of classes) for
        // entities only costs seconds at start.
        settings.put("hibernate.archive.scanner", "org.hibernate.boot.archive.scan.internal.DisabledScanner");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(UNIT, settings);
        JpaStores stores;
        try {
            stores = stores(emf);
        } catch (SchemaMismatchException missing) {
            JpaSchema.apply(emf, null);
            stores = stores(emf);
        }
        return stores;
    }

    /**
     * One attempt per unit of work: the replay runs chunks of events in one transaction and counts
     * as it goes, so a chunk must never run twice; it is the database's only writer, so it loses
     * no races.
     */
    private static JpaStores stores(EntityManagerFactory emf) {
        return JpaStores.builder(emf).maxAttempts(1).build();
    }
}
