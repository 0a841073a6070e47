package io.sharehub.jpa;

import io.sharehub.jpa.internal.SchemaScripts;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The databases the tests run on. Each gets, once per JVM, a schema of its own (an H2 in-memory
 * database; a PostgreSQL schema or MariaDB database named {@code shjpa_<epoch>_<pid>r<random>}, dropped
 * when the JVM exits, so concurrent builds on the same servers never meet), the bundled scripts
 * applied, a blocking connection pool and a Hibernate {@link EntityManagerFactory} set up as the
 * docs tell hosts to (JDBC batching, ordered inserts and updates). Server databases that do not
 * answer fail the tests: the {@code databases} profile exists to run them.
 */
enum TestDatabase {
    H2(Database.H2),
    POSTGRESQL(Database.POSTGRESQL),
    MARIADB(Database.MARIADB);

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";
    private static final String PREFIX = "shjpa_";
    private static final int POOL = 24;
    private static final Map<TestDatabase, Instance> INSTANCES = new EnumMap<>(TestDatabase.class);

    final Database database;

    TestDatabase(Database database) {
        this.database = database;
    }

    /** One database's schema, pool and shared factory. */
    static final class Instance {
        final TestDatabase db;
        final String schema;
        final DataSource dataSource;
        final EntityManagerFactory emf;
        final List<String> tables;

        Instance(TestDatabase db, String schema, DataSource dataSource) {
            this.db = db;
            this.schema = schema;
            this.dataSource = dataSource;
            this.tables = new ArrayList<>(SchemaScripts.columns(SchemaScripts.load(TestDatabase.class.getClassLoader(),
                    db.database.scriptFolder())).keySet());
            this.emf = factory(Map.of());
        }

        /** @return a new factory over this database's pool, with extra Hibernate settings */
        EntityManagerFactory factory(Map<String, Object> settings) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("hibernate.jdbc.batch_size", 50);
            properties.put("hibernate.order_inserts", true);
            properties.put("hibernate.order_updates", true);
            properties.put("hibernate.hbm2ddl.auto", "none");
            properties.put("hibernate.show_sql", false);
            properties.put("hibernate.session.events.log", false);
            properties.putAll(settings);
            return new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                    new Unit(dataSource, JpaStores.entityClasses()), properties);
        }

        /** Empties every ShareHub table. */
        void clear() {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                for (String table : tables) {
                    s.addBatch("DELETE FROM " + table);
                }
                s.executeBatch();
                c.commit();
                c.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException("could not empty the test schema " + schema, e);
            }
        }

        /** @return fresh standalone stores over the emptied database */
        JpaStores freshStores() {
            clear();
            return JpaStores.builder(emf).database(db.database).checkSchema(false).build();
        }
    }

    /** @return this database, set up on first use */
    Instance instance() {
        synchronized (INSTANCES) {
            return INSTANCES.computeIfAbsent(this, TestDatabase::create);
        }
    }

    private static Instance create(TestDatabase db) {
        String schema = newSchemaName();
        DataSource pool = pool(db, schema, POOL, true);
        try (Connection c = pool.getConnection()) {
            JpaSchema.apply(c, db.database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply the scripts to the " + db + " test database", e);
        }
        return new Instance(db, schema, pool);
    }

    /** A schema of its own for one test, empty, dropped when the JVM exits. */
    record Scratch(TestDatabase db, String schema, DataSource dataSource) {
        /** @return a factory over it listing the given entities, with the test settings */
        EntityManagerFactory factory(List<Class<?>> entities) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("hibernate.hbm2ddl.auto", "none");
            return new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                    new Unit(dataSource, entities), properties);
        }

        /** @return a factory over it listing ShareHub's entities */
        EntityManagerFactory factory() {
            return factory(JpaStores.entityClasses());
        }

        /** @return a new pool of connections to it, sharing none with {@link #dataSource()} */
        Scratch reconnected() {
            return new Scratch(db, schema, pool(db, schema, 4, false));
        }

        /** Runs statements on it. */
        void execute(String... statements) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** @return a new, empty schema of this database */
    Scratch scratch() {
        String schema = newSchemaName();
        return new Scratch(this, schema, pool(this, schema, 4, true));
    }

    private static String newSchemaName() {
        // the process id keeps runs from several checkouts on the same servers apart, the random
        // number the schemas of one run
        return PREFIX + Instant.now().getEpochSecond() + "_" + ProcessHandle.current().pid() + "r"
                + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private static DataSource pool(TestDatabase db, String schema, int size, boolean create) {
        try {
            DataSource pool = switch (db) {
                case H2 -> {
                    JdbcDataSource h2 = new JdbcDataSource();
                    h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
                    h2.setUser("sa");
                    yield blocking(h2, size);
                }
                case POSTGRESQL -> {
                    if (create) {
                        admin(PG_URL, "postgres", "DROP SCHEMA IF EXISTS %s CASCADE", "CREATE SCHEMA %s", schema);
                    }
                    PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
                    pg.setURL(PG_URL);
                    pg.setUser("postgres");
                    pg.setCurrentSchema(schema);
                    yield blocking(pg, size);
                }
                case MARIADB -> {
                    if (create) {
                        admin(MARIADB_URL, "root", "DROP DATABASE IF EXISTS %s",
                                "CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", schema);
                    }
                    // MariaDB's own pool: its pooled connections do not tell other pools when they close.
                    yield new MariaDbPoolDataSource("jdbc:mariadb://127.0.0.1:3306/" + schema
                            + "?user=root&password=&maxPoolSize=" + size + "&minPoolSize=0&connectTimeout=60000");
                }
            };
            if (db != H2 && create) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(db, schema)));
            }
            return pool;
        } catch (SQLException e) {
            throw new IllegalStateException("the " + db + " test database does not answer (run .ci/services)", e);
        }
    }

    private static DataSource blocking(ConnectionPoolDataSource physical, int size) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(physical);
        pool.setMaxConnections(size);
        pool.setLoginTimeout(60);
        return pool;
    }

    private static void admin(String url, String user, String drop, String create, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            dropStale(c, url, user);
            s.execute(String.format(drop, schema));
            s.execute(String.format(create, schema));
        }
    }

    /** Drops schemas that test JVMs which did not exit cleanly left behind more than a day ago. */
    private static void dropStale(Connection c, String url, String user) throws SQLException {
        boolean pg = url.startsWith("jdbc:postgresql");
        String list = "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'shjpa\\_%'";
        List<String> stale = new ArrayList<>();
        long dayAgo = Instant.now().getEpochSecond() - 86_400;
        try (Statement s = c.createStatement(); var rs = s.executeQuery(list)) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length == 3 && parts[1].chars().allMatch(Character::isDigit)
                        && Long.parseLong(parts[1]) < dayAgo) {
                    stale.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String schema : stale) {
                s.execute(pg ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE" : "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private static void drop(TestDatabase db, String schema) {
        try {
            if (db == POSTGRESQL) {
                try (Connection c = DriverManager.getConnection(PG_URL, "postgres", ""); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            } else {
                try (Connection c = DriverManager.getConnection(MARIADB_URL, "root", ""); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + schema);
                }
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test schema " + schema + ": " + e.getMessage());
        }
    }

    /** A persistence unit as a host would declare it, listing ShareHub's entities. */
    static final class Unit implements PersistenceUnitInfo {
        private final DataSource dataSource;
        private final List<String> classes;

        Unit(DataSource dataSource, List<Class<?>> entities) {
            this.dataSource = dataSource;
            this.classes = entities.stream().map(Class::getName).toList();
        }

        @Override
        public String getPersistenceUnitName() {
            return "sharehub-test";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return HibernatePersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            return classes;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return TestDatabase.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }
    }
}
