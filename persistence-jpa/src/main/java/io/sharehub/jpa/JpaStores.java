package io.sharehub.jpa;

import io.sharehub.StorageException;
import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.jpa.internal.DatabaseProbe;
import io.sharehub.jpa.internal.H2ResultReuse;
import io.sharehub.jpa.internal.JpaCatalogStore;
import io.sharehub.jpa.internal.JpaEngagementStore;
import io.sharehub.jpa.internal.JpaFissionStore;
import io.sharehub.jpa.internal.JpaLedgerStore;
import io.sharehub.jpa.internal.JpaPeopleStore;
import io.sharehub.jpa.internal.JpaTransactions;
import io.sharehub.jpa.internal.SchemaCheck;
import io.sharehub.jpa.internal.SchemaScripts;
import io.sharehub.jpa.internal.SqlDialect;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.store.Stores;
import io.sharehub.store.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ShareHub's stores on Jakarta Persistence 3.1, over the host's {@link EntityManagerFactory}.
 * Hand them to the hub: {@code ShareHub.builder().stores(JpaStores.standalone(emf)).build()}.
 *
 * <p><b>Standalone</b> ({@link #standalone(EntityManagerFactory)}): ShareHub owns its
 * transactions. Each operation runs in its own resource-local transaction on an entity manager of
 * the factory, bound to the calling thread; serialization failures, deadlocks and lost unique-key
 * races roll it back and run it again (up to {@link Builder#maxAttempts(int)} times, with a short
 * jittered pause), and listeners run after commit.
 *
 * <p><b>Joining the host</b> ({@link #builder(EntityManagerFactory)} with
 * {@link Builder#currentEntityManager(Supplier)} and {@link Builder#hostTransactions(HostTransactions)}):
 * inside an active host transaction ShareHub works on the host's entity manager, never commits or
 * rolls back, turns retryable failures into {@link io.sharehub.RetryableStorageException} (roll
 * back and run the unit of work again), and hands after-commit work to the host. With no host
 * transaction active it runs a standalone transaction of its own.
 *
 * <p>On MySQL/MariaDB ShareHub runs its own writes at READ COMMITTED; host transactions that call
 * it must run at READ COMMITTED too (the build logs a warning when the connections' default is
 * another level).
 *
 * <p>Every {@link PersistenceException} reaches the caller as a {@link StorageException} with
 * the cause kept. The factory's persistence unit must list {@link #entityClasses()}, and the
 * database must hold the tables of the bundled scripts ({@link JpaSchema}); {@link Builder#build()}
 * checks both unless told not to. Only standard Jakarta Persistence is used.
 *
 * <p>Thread-safe: one instance serves the whole application.
 *
 * @since 0.1
 */
public final class JpaStores implements Stores {
    private static final Logger LOG = LoggerFactory.getLogger(JpaStores.class);

    /**
     * A JPA mapping file in this jar that declares every class of {@link #entityClasses()}: name it
     * in {@code persistence.xml} ({@code <mapping-file>META-INF/sharehub/orm.xml</mapping-file>})
     * or in Spring Boot ({@code spring.jpa.mapping-resources=META-INF/sharehub/orm.xml}) instead of
     * listing the classes.
     */
    public static final String MAPPING_FILE = "META-INF/sharehub/orm.xml";

    private final Database database;
    private final JpaTransactions transactions;
    private final JpaCatalogStore catalog;
    private final JpaEngagementStore engagement;
    private final JpaPeopleStore people;
    private final JpaLedgerStore ledger;
    private final JpaFissionStore fission;

    private JpaStores(Builder builder, Database database) {
        this.database = database;
        JpaTransactions.Host host = builder.hostTransactions == null ? null
                : JpaTransactions.host(builder.hostTransactions::isActive, builder.currentEntityManager,
                        builder.hostTransactions::afterCommit);
        this.transactions = new JpaTransactions(builder.emf, host, database.dialect(), builder.maxAttempts);
        this.catalog = new JpaCatalogStore(transactions);
        this.engagement = new JpaEngagementStore(transactions);
        this.people = new JpaPeopleStore(transactions);
        this.ledger = new JpaLedgerStore(transactions);
        this.fission = new JpaFissionStore(transactions);
        catalog.beforeCounterReads(engagement::flush);
        transactions.holdBack(people);
        transactions.holdBack(engagement);
        transactions.holdBack(fission);
    }

    /**
     * Stores that own their transactions, on a detected database, after checking the schema.
     *
     * @param emf the host's factory; its persistence unit lists {@link #entityClasses()} and is
     *     resource-local
     * @return the stores
     * @throws SchemaMismatchException if the database lacks ShareHub's tables or columns
     */
    public static JpaStores standalone(EntityManagerFactory emf) {
        return builder(emf).build();
    }

    /**
     * @param emf the host's factory; its persistence unit lists {@link #entityClasses()}
     * @return a builder; by default standalone, database detected, schema checked
     */
    public static Builder builder(EntityManagerFactory emf) {
        return new Builder(emf);
    }

    /**
     * The entity classes a host's persistence unit must list for these stores: the
     * {@link #MAPPING_FILE} declares them all; or a {@code <class>} element each in
     * {@code persistence.xml}, or the managed classes of Spring's
     * {@code LocalContainerEntityManagerFactoryBean}. They all live in package
     * {@code io.sharehub.jpa.internal.entity}, so scanning that package works too.
     *
     * @return the classes
     */
    public static List<Class<?>> entityClasses() {
        List<Class<?>> classes = new ArrayList<>();
        classes.addAll(JpaCatalogStore.ENTITIES);
        classes.addAll(JpaEngagementStore.ENTITIES);
        classes.addAll(JpaPeopleStore.ENTITIES);
        classes.addAll(JpaLedgerStore.ENTITIES);
        classes.addAll(JpaFissionStore.ENTITIES);
        return List.copyOf(classes);
    }

    /** @return the database these stores talk to */
    public Database database() {
        return database;
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

    /**
     * Builds {@link JpaStores}. Not thread-safe; the stores it builds are.
     *
     * @since 0.1
     */
    public static final class Builder {
        /** How often a standalone unit of work runs at most by default. */
        public static final int DEFAULT_MAX_ATTEMPTS = 10;

        private final EntityManagerFactory emf;
        private Supplier<EntityManager> currentEntityManager;
        private HostTransactions hostTransactions;
        private Database database;
        private boolean checkSchema = true;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

        private Builder(EntityManagerFactory emf) {
            this.emf = Objects.requireNonNull(emf, "emf");
        }

        /**
         * Where to find the entity manager of the active host transaction (Spring: the shared
         * {@code EntityManager} proxy it injects). Required with {@link #hostTransactions}.
         *
         * @param currentEntityManager gives the entity manager bound to the calling thread's host
         *     transaction; asked only while {@link HostTransactions#isActive()} is {@code true}
         * @return this builder
         */
        public Builder currentEntityManager(Supplier<EntityManager> currentEntityManager) {
            this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
            return this;
        }

        /**
         * Joins the host's transactions when one is active. Default: none, ShareHub always owns its
         * transactions. Required with {@link #currentEntityManager}.
         *
         * @param hostTransactions the host's transactions
         * @return this builder
         */
        public Builder hostTransactions(HostTransactions hostTransactions) {
            this.hostTransactions = Objects.requireNonNull(hostTransactions, "hostTransactions");
            return this;
        }

        /**
         * Names the database instead of detecting it. Default: detected from the factory's
         * properties (JDBC URL, dialect) or, failing that, by asking the database.
         *
         * @param database the database
         * @return this builder
         */
        public Builder database(Database database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        /**
         * Whether {@link #build()} checks that the persistence unit lists ShareHub's entities and
         * that the database holds every table and column of the bundled scripts, with utf8mb4
         * text and binary id collations on MySQL/MariaDB. Default {@code true}; turn it off when
         * the check's reads of {@code information_schema} are not allowed.
         *
         * @param check whether to check
         * @return this builder
         */
        public Builder checkSchema(boolean check) {
            this.checkSchema = check;
            return this;
        }

        /**
         * How often a unit of work ShareHub owns runs at most when it keeps losing races
         * (serialization failures, deadlocks, lock timeouts, unique-key races). Default
         * {@value #DEFAULT_MAX_ATTEMPTS}.
         *
         * @param maxAttempts 1 (no retries) or more
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be 1 or more, but was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Builds the stores. On H2 this also turns off H2's reuse of query results for the database
         * ({@code SET OPTIMIZE_REUSE_RESULTS FALSE}), which could answer a re-read under a lock
         * from rows older than a commit (docs/jpa.md, "Load, batching and Hibernate settings").
         *
         * @return the stores
         * @throws IllegalStateException if only one of {@link #currentEntityManager} and
         *     {@link #hostTransactions} is set, or the database cannot be detected
         * @throws SchemaMismatchException if the check is on and the schema does not fit
         * @throws StorageException if the database fails while checking
         */
        public JpaStores build() {
            if ((currentEntityManager == null) != (hostTransactions == null)) {
                throw new IllegalStateException("currentEntityManager and hostTransactions go together: set both to"
                        + " join host transactions, or neither for standalone");
            }
            Database db = database != null ? database : Database.valueOf(DatabaseProbe.detect(emf, false));
            if (checkSchema) {
                check(db);
            }
            if (db == Database.H2) {
                H2ResultReuse.turnOff(emf);
            }
            if (hostTransactions != null && db.dialect() == SqlDialect.MARIADB) {
                warnUnlessReadCommitted(db == Database.MYSQL ? "transaction_isolation" : "tx_isolation");
            }
            return new JpaStores(this, db);
        }

        /**
         * Host transactions run at the isolation the host chose. On MySQL/MariaDB the stores need
         * READ COMMITTED, and a connection of the factory tells the server's and pool's default.
         */
        private void warnUnlessReadCommitted(String variable) {
            try {
                Object level = DatabaseProbe.inOwnTransaction(emf, false,
                        em -> em.createNativeQuery("SELECT @@SESSION." + variable).getSingleResult());
                if (level != null && !"READ-COMMITTED".equalsIgnoreCase(level.toString())) {
                    LOG.warn("ShareHub joins host transactions on MySQL/MariaDB, whose connections run at {}: run the"
                            + " host transactions that call ShareHub at READ COMMITTED (for example the pool's"
                            + " transaction isolation), or reads under a lock may act on a stale snapshot", level);
                }
            } catch (PersistenceException | IllegalStateException e) {
                // a JTA unit has no resource-local transaction: the check is skipped
                LOG.debug("Could not read the connections' transaction isolation", e);
            }
        }

        private void check(Database db) {
            List<String> problems = new ArrayList<>();
            for (Class<?> entity : entityClasses()) {
                try {
                    emf.getMetamodel().entity(entity);
                } catch (IllegalArgumentException e) {
                    problems.add("the persistence unit does not list entity " + entity.getName()
                            + " (add the mapping file " + MAPPING_FILE + " or JpaStores.entityClasses())");
                }
            }
            if (!problems.isEmpty()) {
                throw new SchemaMismatchException(problems);
            }
            List<SchemaScripts.Script> scripts = SchemaScripts.load(JpaStores.class.getClassLoader(),
                    db.scriptFolder());
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                problems.addAll(SchemaCheck.problems(em, db.dialect(), scripts));
            } catch (PersistenceException | IllegalStateException e) {
                throw new StorageException("Could not read the database's schema to check it (turn the check off"
                        + " with checkSchema(false) if information_schema may not be read or the persistence unit is"
                        + " not resource-local): " + e.getMessage(), e);
            } finally {
                try {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                } catch (IllegalStateException | PersistenceException ignored) {
                    // a JTA unit has no resource-local transaction to roll back
                }
                em.close();
            }
            if (!problems.isEmpty()) {
                throw new SchemaMismatchException(problems);
            }
        }
    }
}
