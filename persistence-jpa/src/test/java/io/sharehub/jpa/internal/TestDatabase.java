package io.sharehub.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * The databases the ledger and fission stores are tested on, each with this branch's schema
 * scripts applied in a schema of its own, named once per JVM {@code shjpa_<epoch>_l<pid>} (the
 * process id), so that concurrent test runs on the same servers, from several checkouts, never
 * meet these tables. The schema is dropped when the JVM exits; ones left by JVMs that did not exit
 * cleanly are dropped by {@code io.sharehub.jpa.TestDatabase} a day later.
 */
enum TestDatabase {
    H2(SqlDialect.H2, "h2"),
    POSTGRESQL(SqlDialect.POSTGRESQL, "postgresql"),
    MARIADB(SqlDialect.MARIADB, "mysql");

    /** The schema (PostgreSQL) or database (MariaDB) this JVM's tests own. */
    static final String SCHEMA = "shjpa_" + java.time.Instant.now().getEpochSecond() + "_l"
            + ProcessHandle.current().pid();

    private static final List<String> SCRIPTS = List.of("V1_4__ledger.sql", "V1_5__fission.sql",
            "V1_6__campaign_board.sql", "V1_7__week_counters.sql");
    private static final AtomicInteger H2_NUMBER = new AtomicInteger();
    private static final Map<TestDatabase, String> PREPARED = new ConcurrentHashMap<>();

    private final SqlDialect dialect;
    private final String scriptFolder;

    TestDatabase(SqlDialect dialect, String scriptFolder) {
        this.dialect = dialect;
        this.scriptFolder = scriptFolder;
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** @return the folder of this database's bundled scripts */
    String scriptFolder() {
        return scriptFolder;
    }

    /**
     * Applies the scripts to a fresh schema once per JVM (H2: once per call, in a new in-memory
     * database) and returns the JDBC URL of that schema.
     */
    synchronized String prepare(boolean freshH2) {
        if (this == H2) {
            if (freshH2 || !PREPARED.containsKey(this)) {
                String url = "jdbc:h2:mem:sh_ledger_" + H2_NUMBER.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
                apply(url, List.of());
                PREPARED.put(this, url);
            }
            return PREPARED.get(this);
        }
        return PREPARED.computeIfAbsent(this, database -> database.createSchema());
    }

    private String createSchema() {
        if (this == POSTGRESQL) {
            String admin = "jdbc:postgresql://127.0.0.1:5432/test";
            run(admin, List.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA));
            dropAtExit(admin, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            String url = admin + "?currentSchema=" + SCHEMA;
            apply(url, List.of());
            return url;
        }
        String admin = "jdbc:mariadb://127.0.0.1:3306/test";
        run(admin, List.of("DROP DATABASE IF EXISTS " + SCHEMA,
                "CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin"));
        dropAtExit(admin, "DROP DATABASE IF EXISTS " + SCHEMA);
        String url = "jdbc:mariadb://127.0.0.1:3306/" + SCHEMA;
        apply(url, List.of());
        return url;
    }

    private void dropAtExit(String url, String drop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(url, List.of(drop));
            } catch (IllegalStateException e) {
                System.err.println("could not drop the test schema " + SCHEMA + ": " + e.getMessage());
            }
        }));
    }

    String user() {
        return switch (this) {
            case H2 -> "sa";
            case POSTGRESQL -> "postgres";
            case MARIADB -> "root";
        };
    }

    /** Runs this branch's scripts, and then {@code more}. */
    private void apply(String url, List<String> more) {
        List<String> statements = new ArrayList<>();
        for (String script : SCRIPTS) {
            statements.addAll(statements("/io/sharehub/jpa/schema/" + scriptFolder + "/" + script));
        }
        statements.addAll(more);
        run(url, statements);
    }

    void run(String url, List<String> statements) {
        try (Connection connection = DriverManager.getConnection(url, user(), "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + this + " at " + url + ": " + e.getMessage(), e);
        }
    }

    /** The statements of a script: comment lines dropped, split at the semicolons that end lines. */
    static List<String> statements(String resource) {
        try (InputStream in = TestDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no script " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String sql = current.toString().strip();
                    out.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Hibernate entity manager factory over the prepared schema: READ COMMITTED, JDBC batches of
     * 50 with ordered inserts, statistics on.
     */
    EntityManagerFactory factory(String url, List<Class<?>> entities) {
        Map<String, Object> properties = new java.util.HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user());
        properties.put("jakarta.persistence.jdbc.password", "");
        properties.put("hibernate.connection.pool_size", "24");
        // The stores need READ COMMITTED: on MariaDB's default REPEATABLE READ, what the core reads
        // under an account lock can be an older snapshot (a daily cap paid twice).
        properties.put("hibernate.connection.isolation", String.valueOf(Connection.TRANSACTION_READ_COMMITTED));
        properties.put("hibernate.jdbc.batch_size", "50");
        properties.put("hibernate.order_inserts", "true");
        properties.put("hibernate.generate_statistics", "true");
        properties.put("hibernate.session.events.log", "false");
        properties.put("hibernate.hbm2ddl.auto", "none");
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                new TestPersistenceUnit("sh-ledger-" + name().toLowerCase(java.util.Locale.ROOT), entities), properties);
    }
}
