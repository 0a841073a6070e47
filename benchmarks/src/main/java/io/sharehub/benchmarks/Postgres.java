package io.sharehub.benchmarks;

import io.sharehub.jpa.Database;
import io.sharehub.jpa.JpaSchema;
import io.sharehub.jpa.JpaStores;
import io.sharehub.jpa.internal.SchemaScripts;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The local PostgreSQL server the database benchmarks use: one schema per benchmark (named
 * {@code bench…}, after the branch that made them), ShareHub's tables created by its own scripts.
 * The server is {@code -Dsharehub.bench.pg=jdbc:postgresql://host:port/db?user=…}, by default
 * {@code 127.0.0.1:5432/test} as user {@code postgres}.
 */
final class Postgres {
    /** The server, without a schema. */
    static final String SERVER = System.getProperty("sharehub.bench.pg",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private Postgres() {
    }

    /** @return the URL of a schema, batched inserts rewritten into multi-row ones as docs/jpa.md advises */
    static String url(String schema) {
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
    }

    /** @return a connection whose current schema is {@code schema} */
    static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema));
    }

    /** Drops the schema with everything in it and creates it again with ShareHub's tables. */
    static void resetSchema(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        try (Connection connection = connect(schema)) {
            JpaSchema.apply(connection, Database.POSTGRESQL);
        }
    }

    /**
     * Like {@link #resetSchema} for a bulk load: creates ShareHub's tables and sequences from its
     * scripts but not their secondary indexes, and returns those {@code CREATE INDEX} statements of
     * the scripts (and the DROP INDEX statements of later ones), to run after the load (building an index once is faster than keeping it up to
     * date row by row). The schema ends up exactly as the scripts make it.
     */
    static List<String> resetSchemaWithoutIndexes(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        List<String> indexes = new ArrayList<>();
        try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
            for (JpaSchema.Script script : JpaSchema.scripts(Database.POSTGRESQL)) {
                for (String sql : new SchemaScripts.Script(script.name(), script.sql()).statements()) {
                    String start = sql.strip().toUpperCase(Locale.ROOT);
                    // an index a later script drops is dropped after it is made
                    if (start.startsWith("CREATE INDEX") || start.startsWith("DROP INDEX")) {
                        indexes.add(sql);
                    } else {
                        statement.execute(sql);
                    }
                }
            }
        }
        return indexes;
    }

    /** Runs statements on the schema. */
    static void execute(String schema, List<String> statements) throws SQLException {
        try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** @return whether the schema holds a {@code bench_seed} row saying it was seeded with {@code seed} */
    static boolean seeded(String schema, String seed) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM information_schema.tables WHERE table_schema = '"
                        + schema + "' AND table_name = 'bench_seed'")) {
            if (!rows.next()) {
                return false;
            }
        }
        try (Connection connection = connect(schema); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT seed FROM bench_seed")) {
            return rows.next() && seed.equals(rows.getString(1));
        }
    }

    /**
     * Marks the schema as seeded with {@code seed}, so that the next fork reuses it, after a
     * {@code VACUUM (ANALYZE)}: a table that has been running for a while has been vacuumed by
     * autovacuum, and without it an index-only scan still reads every row's heap page.
     */
    static void markSeeded(String schema, String seed) throws SQLException {
        try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_seed (seed VARCHAR(400) NOT NULL)");
            statement.execute("INSERT INTO bench_seed VALUES ('" + seed.replace("'", "''") + "')");
            statement.execute("VACUUM (ANALYZE)");
        }
    }

    /**
     * Vacuums and analyzes the tables of {@code schema} (only those), as autovacuum would on a
     * server that runs it: the CI server runs with {@code autovacuum = off}, so a schema made for a
     * benchmark is never analyzed, and the plans PostgreSQL caches for prepared statements while its
     * tables hold a few hundred rows (sequential scans) are kept as the tables grow to hundreds of
     * thousands. Outside the timed part.
     */
    static void vacuumAnalyze(String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '"
                    + schema + "' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("VACUUM (ANALYZE) " + schema + "." + table);
            }
        }
    }

    /** @return an entity manager factory on the schema, with the Hibernate settings docs/jpa.md advises */
    static EntityManagerFactory entityManagerFactory(String schema, int poolSize) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", url(schema));
        settings.put("hibernate.jdbc.batch_size", 50);
        settings.put("hibernate.order_inserts", true);
        settings.put("hibernate.order_updates", true);
        settings.put("hibernate.connection.pool_size", poolSize);
        if (Boolean.getBoolean("sharehub.bench.showSql")) {
            settings.put("hibernate.show_sql", true);   // to see what a benchmark sends
        }
        return Persistence.createEntityManagerFactory("sharehub-bench", settings);
    }

    /** @return ShareHub's JPA stores on the schema, which holds ShareHub's tables */
    static JpaStores stores(EntityManagerFactory emf) {
        return JpaStores.standalone(emf);
    }
}
