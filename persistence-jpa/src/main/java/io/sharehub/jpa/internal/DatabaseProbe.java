package io.sharehub.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds out which database an {@link EntityManagerFactory} talks to without provider API: first
 * from the standard and common properties it was built with (JDBC URL, dialect, product name),
 * then by asking the database ({@code SELECT VERSION()} answers on PostgreSQL, MariaDB and MySQL;
 * {@code H2VERSION()} on H2). The answer is the name of a {@code Database} constant.
 */
public final class DatabaseProbe {
    private static final List<String> URL_KEYS = List.of("jakarta.persistence.jdbc.url", "javax.persistence.jdbc.url",
            "hibernate.connection.url", "eclipselink.jdbc.url", "openjpa.ConnectionURL");
    private static final List<String> NAME_KEYS = List.of("jakarta.persistence.database-product-name",
            "javax.persistence.database-product-name", "hibernate.dialect", "eclipselink.target-database");

    private DatabaseProbe() {
    }

    /**
     * @param emf the factory
     * @param tellMariaDbFromMySql whether a MySQL URL must be checked against the server, which
     *     may be MariaDB behind MySQL's driver (the SQL is the same; the collations are not)
     * @return {@code POSTGRESQL}, {@code MARIADB}, {@code MYSQL} or {@code H2}
     * @throws IllegalStateException when it cannot tell
     */
    public static String detect(EntityManagerFactory emf, boolean tellMariaDbFromMySql) {
        Optional<String> named = fromProperties(emf.getProperties());
        if (named.isPresent() && !(tellMariaDbFromMySql && named.get().equals("MYSQL"))) {
            return named.get();
        }
        String version = ask(emf, "SELECT VERSION()");
        if (version != null) {
            String v = version.toLowerCase(Locale.ROOT);
            if (v.contains("postgresql")) {
                return "POSTGRESQL";
            }
            return v.contains("mariadb") ? "MARIADB" : "MYSQL";
        }
        if (ask(emf, "SELECT H2VERSION()") != null) {
            return "H2";
        }
        throw new IllegalStateException("ShareHub could not tell which database the EntityManagerFactory uses"
                + " (neither its properties nor SELECT VERSION() / H2VERSION() told); name it with"
                + " JpaStores.builder(emf).database(...)");
    }

    /**
     * @param properties an entity manager factory's properties
     * @return the database they name, if they name one
     */
    static Optional<String> fromProperties(Map<String, Object> properties) {
        for (String key : URL_KEYS) {
            Object url = properties.get(key);
            if (url != null) {
                String u = url.toString().toLowerCase(Locale.ROOT);
                if (u.startsWith("jdbc:postgresql:")) {
                    return Optional.of("POSTGRESQL");
                }
                if (u.startsWith("jdbc:mariadb:")) {
                    return Optional.of("MARIADB");
                }
                if (u.startsWith("jdbc:mysql:")) {
                    return Optional.of("MYSQL");
                }
                if (u.startsWith("jdbc:h2:")) {
                    return Optional.of("H2");
                }
            }
        }
        for (String key : NAME_KEYS) {
            Object value = properties.get(key);
            if (value != null) {
                String name = value.toString().toLowerCase(Locale.ROOT);
                if (name.contains("postgres")) {
                    return Optional.of("POSTGRESQL");
                }
                if (name.contains("mariadb")) {
                    return Optional.of("MARIADB");
                }
                if (name.contains("mysql")) {
                    return Optional.of("MYSQL");
                }
                if (name.contains("h2")) {
                    return Optional.of("H2");
                }
            }
        }
        return Optional.empty();
    }

    /** @return the single value the query gives in a transaction of its own, or {@code null} if it fails */
    private static String ask(EntityManagerFactory emf, String sql) {
        try {
            return inOwnTransaction(emf, false, em -> {
                Object value = em.createNativeQuery(sql).getSingleResult();
                return value == null ? null : value.toString();
            });
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Runs work on a new entity manager in a resource-local transaction of its own, then closes it.
     *
     * @param emf the factory
     * @param commit whether to commit the transaction when the work succeeds (else it rolls back)
     * @param work what to do with the entity manager
     * @return what the work returns
     * @throws RuntimeException what the work or the transaction threw, after the rollback
     */
    public static <T> T inOwnTransaction(EntityManagerFactory emf, boolean commit, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = null;
        try {
            tx = em.getTransaction();
            tx.begin();
            T result = work.apply(em);
            if (commit) {
                tx.commit();
            }
            return result;
        } finally {
            try {
                if (tx != null && tx.isActive()) {
                    tx.rollback();
                }
            } catch (RuntimeException ignored) {
                // the connection may be gone; the database rolls back on its own
            }
            em.close();
        }
    }
}
