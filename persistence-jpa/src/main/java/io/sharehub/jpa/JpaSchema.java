package io.sharehub.jpa;

import io.sharehub.StorageException;
import io.sharehub.jpa.internal.DatabaseProbe;
import io.sharehub.jpa.internal.SchemaScripts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The SQL schema ShareHub's JPA stores need, as scripts bundled in the jar under
 * {@code io/sharehub/jpa/schema/<folder>/} ({@code postgresql}, {@code mysql}, {@code h2}) with
 * Flyway names ({@code V1_1__catalog.sql} …), one file per domain. Hosts on Flyway or Liquibase copy
 * the scripts into their own migrations; tests, demos and hosts without a migration tool apply
 * them to an empty schema with {@code apply}.
 *
 * <p>The MySQL/MariaDB scripts declare ids {@code utf8mb4_nopad_bin}, which MySQL 8 lacks: there
 * they need {@code utf8mb4_0900_bin}, which {@code apply} substitutes on MySQL (copies of the
 * scripts must do the same).
 *
 * @since 0.1
 */
public final class JpaSchema {
    private static final String MARIADB_ID_COLLATION = "utf8mb4_nopad_bin";
    private static final String MYSQL_ID_COLLATION = "utf8mb4_0900_bin";

    private JpaSchema() {
    }

    /**
     * One bundled script.
     *
     * @param name its file name, such as {@code V1_2__engagement.sql}
     * @param sql its text, as it would be applied to the database
     */
    public record Script(String name, String sql) {
    }

    /**
     * @param database a database
     * @return its scripts in version order, as {@code apply} runs them (for MySQL with the
     *     collation swapped)
     */
    public static List<Script> scripts(Database database) {
        Objects.requireNonNull(database, "database");
        List<Script> scripts = new ArrayList<>();
        for (SchemaScripts.Script script : SchemaScripts.load(JpaSchema.class.getClassLoader(),
                database.scriptFolder())) {
            String text = database == Database.MYSQL ? script.text().replace(MARIADB_ID_COLLATION, MYSQL_ID_COLLATION)
                    : script.text();
            scripts.add(new Script(script.name(), text));
        }
        return scripts;
    }

    /**
     * Creates ShareHub's tables in the connection's current schema, which must not hold them yet.
     *
     * @param connection a connection; committed at the end when it is not in auto-commit
     * @param database the database behind it
     * @throws StorageException if a statement fails
     */
    public static void apply(Connection connection, Database database) {
        Objects.requireNonNull(connection, "connection");
        List<Script> scripts = scripts(Objects.requireNonNull(database, "database"));
        String current = null;
        try (Statement statement = connection.createStatement()) {
            for (Script script : scripts) {
                current = script.name();
                for (String sql : new SchemaScripts.Script(script.name(), script.sql()).statements()) {
                    statement.execute(sql);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new StorageException("Applying ShareHub's schema script " + current + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Creates ShareHub's tables through a data source, telling the database from the connection's
     * metadata.
     *
     * @param dataSource where to connect
     * @throws StorageException if connecting or a statement fails
     */
    public static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            apply(connection, database(connection.getMetaData()));
        } catch (SQLException e) {
            throw new StorageException("Could not connect to apply ShareHub's schema: " + e.getMessage(), e);
        }
    }

    /**
     * Creates ShareHub's tables through an entity manager factory, in a transaction of its own.
     *
     * @param emf a resource-local entity manager factory
     * @param database the database behind it, or {@code null} to detect it
     * @throws StorageException if a statement fails
     */
    public static void apply(EntityManagerFactory emf, Database database) {
        Database db = database != null ? database : Database.valueOf(DatabaseProbe.detect(emf, true));
        EntityManager em = emf.createEntityManager();
        String current = null;
        try {
            em.getTransaction().begin();
            for (Script script : scripts(db)) {
                current = script.name();
                for (String sql : new SchemaScripts.Script(script.name(), script.sql()).statements()) {
                    em.createNativeQuery(sql).executeUpdate();
                }
            }
            em.getTransaction().commit();
        } catch (PersistenceException e) {
            throw new StorageException("Applying ShareHub's schema script " + current + " failed: " + e.getMessage(), e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * @param metadata a connection's metadata
     * @return the database it describes
     * @throws SQLException if the metadata cannot be read
     * @throws IllegalArgumentException if it is none ShareHub supports
     */
    public static Database database(DatabaseMetaData metadata) throws SQLException {
        String product = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT);
        String version = metadata.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return Database.POSTGRESQL;
        }
        if (product.contains("mariadb") || version.contains("mariadb")) {
            return Database.MARIADB;
        }
        if (product.contains("mysql")) {
            return Database.MYSQL;
        }
        if (product.equals("h2")) {
            return Database.H2;
        }
        throw new IllegalArgumentException("ShareHub's JPA stores support PostgreSQL, MySQL/MariaDB and H2, not "
                + metadata.getDatabaseProductName());
    }
}
