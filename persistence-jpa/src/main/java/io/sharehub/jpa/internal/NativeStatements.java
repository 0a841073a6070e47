package io.sharehub.jpa.internal;

import io.sharehub.StorageException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.Query;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Native SQL on the current transaction's entity manager, for the ledger and fission stores: the
 * statements JPQL cannot say (upserts, insert-if-absent, {@code FOR UPDATE}, window functions),
 * the dialect's spelling of the few things that differ, and the conversion of the values drivers
 * return. Parameters are positional ({@code ?}) and never {@code null}: a statement that needs
 * NULL writes it as a literal, because an untyped null binds differently on every driver.
 */
final class NativeStatements {
    /** How many ids one {@code IN (...)} list holds at most. */
    static final int CHUNK = 500;

    private final JpaContext context;

    NativeStatements(JpaContext context) {
        this.context = context;
    }

    SqlDialect dialect() {
        return context.dialect();
    }

    EntityManager em() {
        return context.em();
    }

    /**
     * Runs work of a store, turning the provider's failures into {@link StorageException} with
     * the provider's exception as the cause and the store's step in the message. A lost race
     * (deadlock, serialization failure, lock timeout, duplicate key) is rethrown as it is: the
     * transactions that own the work run it again, or, inside a host's transaction, turn it into
     * a {@link io.sharehub.RetryableStorageException}; wrapped, it would look final to them.
     */
    static <T> T guard(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw e;
            }
            throw new StorageException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Serialization failures, deadlocks, lock timeouts and unique-key violations, on the three databases. */
    static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                int code = sql.getErrorCode();
                if (state.equals("40001") || state.equals("40P01") || state.equals("23505") || state.equals("HYT00")
                        || code == 1213 || code == 1205 || code == 1062 || code == 50200) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Like {@link #guard(String, Supplier)} for work without a result. */
    static void guard(String what, Runnable work) {
        guard(what, () -> {
            work.run();
            return null;
        });
    }

    /** @return the number of rows the statement changed */
    int update(String sql, Object... params) {
        return bind(em().createNativeQuery(sql), params).executeUpdate();
    }

    /** @return every row, each as an array of its columns */
    List<Object[]> rows(String sql, Object... params) {
        return normalize(bind(em().createNativeQuery(sql), params).getResultList());
    }

    /** @return the rows from {@code offset}, at most {@code limit} */
    List<Object[]> page(String sql, long offset, int limit, Object... params) {
        if (offset > Integer.MAX_VALUE) {
            return List.of();
        }
        Query query = bind(em().createNativeQuery(sql), params);
        query.setFirstResult((int) offset);
        query.setMaxResults(limit);
        return normalize(query.getResultList());
    }

    /** @return the first row, if any */
    Optional<Object[]> row(String sql, Object... params) {
        List<Object[]> rows = rows(sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** @return the number in the first column of the only row */
    long count(String sql, Object... params) {
        return number(rows(sql, params).get(0)[0]);
    }

    /** Inserts persisted entities now (one JDBC batch where the provider batches) and forgets them. */
    void insert(Collection<?> entities) {
        EntityManager em = em();
        for (Object entity : entities) {
            em.persist(entity);
        }
        // Inserted now: a duplicate key fails here, in the order the store locks things, and the
        // rows are visible to the native statements that follow. Detached after, so the context
        // never holds stale copies of rows SQL changes later, and stays small in long batches.
        em.flush();
        for (Object entity : entities) {
            em.detach(entity);
        }
    }

    /**
     * Inserts a row unless one of its unique keys is taken, atomically, and reports which happened.
     * A concurrent insert of the same key is waited for; if it commits, this inserts nothing.
     * PostgreSQL gets {@code ON CONFLICT DO NOTHING} (a failed insert would abort its transaction),
     * MariaDB {@code INSERT IGNORE}; H2 inserts where no row matches {@code keyWhere}, and a
     * concurrent duplicate fails the transaction, which the transactions retry.
     *
     * @param table the table
     * @param columns the columns given, none of them {@code null} (leave nullable ones out)
     * @param values their values
     * @param keyWhere for H2: the condition that finds an existing row with a key of this one
     * @param keyValues the parameters of {@code keyWhere}
     * @return whether the row was inserted
     */
    boolean insertIfAbsent(String table, List<String> columns, List<Object> values, String keyWhere,
            List<Object> keyValues) {
        return insertIfAbsent(table, columns, values, List.of(keyWhere), keyValues);
    }

    /**
     * Like {@link #insertIfAbsent(String, List, List, String, List)} for a row with several unique
     * keys: on H2 each key gets its own {@code NOT EXISTS}, so each probe uses its index (H2 scans
     * the whole table for one condition that ORs different keys).
     *
     * @param keyWheres for H2: per unique key, the condition that finds an existing row with it
     * @param keyValues the parameters of the conditions, in order
     */
    boolean insertIfAbsent(String table, List<String> columns, List<Object> values, List<String> keyWheres,
            List<Object> keyValues) {
        String names = String.join(", ", columns);
        String marks = placeholders(columns.size());
        return switch (dialect()) {
            case POSTGRESQL -> update("INSERT INTO " + table + " (" + names + ") VALUES (" + marks
                    + ") ON CONFLICT DO NOTHING", values.toArray()) == 1;
            case MARIADB -> update("INSERT IGNORE INTO " + table + " (" + names + ") VALUES (" + marks + ")",
                    values.toArray()) == 1;
            case H2 -> {
                List<Object> params = new ArrayList<>(values);
                params.addAll(keyValues);
                StringBuilder absent = new StringBuilder();
                for (String keyWhere : keyWheres) {
                    absent.append(absent.isEmpty() ? " WHERE " : " AND ").append("NOT EXISTS (SELECT 1 FROM ")
                            .append(table).append(" WHERE ").append(keyWhere).append(')');
                }
                yield update("INSERT INTO " + table + " (" + names + ") SELECT " + marks + absent, params.toArray()) == 1;
            }
        };
    }

    // ---------------------------------------------------------------- dialect

    /** @return an expression ordering the id column by code point */
    String idOrder(String column) {
        return switch (dialect()) {
            case POSTGRESQL -> column + " COLLATE \"C\"";
            case MARIADB -> column;
            case H2 -> "CAST(" + column + " AS VARBINARY)";
        };
    }

    /**
     * What ends a query that reads rows the store is about to act on under a lock the core holds.
     * On MariaDB and MySQL a plain SELECT at their default REPEATABLE READ answers from the
     * snapshot of the transaction's first read, older than the lock; a shared-lock read answers
     * the latest committed rows. Elsewhere the stores run at READ COMMITTED, where a plain read
     * already does.
     *
     * @return {@code " LOCK IN SHARE MODE"} on MariaDB, else nothing
     */
    String currentRead() {
        return dialect() == SqlDialect.MARIADB ? " LOCK IN SHARE MODE" : "";
    }

    /** @return what follows {@code ASC} so that NULL sorts first (MariaDB does so already) */
    String nullsFirst() {
        return dialect() == SqlDialect.MARIADB ? "" : " NULLS FIRST";
    }

    /** @return {@code n} comma-separated placeholders */
    static String placeholders(int n) {
        StringBuilder out = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "?" : ", ?");
        }
        return out.toString();
    }

    /** @return the list cut into chunks of at most {@link #CHUNK} */
    static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            out.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return out;
    }

    // ---------------------------------------------------------------- values

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static boolean flag(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        return ((Number) value).intValue() != 0;
    }

    private static Query bind(Query query, Object[] params) {
        spaces(query);
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                throw new IllegalArgumentException("parameter " + (i + 1) + " is null; write NULL into the SQL");
            }
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }

    /**
     * Names the tables a native statement touches for the provider, with a hint providers that do
     * not know it ignore: Hibernate otherwise assumes a native statement touches every entity's
     * table, so before each one it flushes the whole persistence context and after each update it
     * schedules a cache clean-up of every entity. The ledger and fission stores, the only users of
     * this class, write their entities only through {@link #insert}, which flushes at once, and
     * their statements read no other store's tables: nothing is ever pending for them to see, and
     * no second-level cache holds their rows.
     */
    static Query spaces(Query query) {
        return query.setHint(NATIVE_SPACES_HINT, NATIVE_SPACE);
    }

    /** Hibernate's hint naming a native query's tables ({@code HibernateHints.HINT_NATIVE_SPACES}). */
    private static final String NATIVE_SPACES_HINT = "org.hibernate.query.native.spaces";
    /** A table space no entity maps: the stores' native statements share no cache with entities. */
    private static final String NATIVE_SPACE = "sharehub_native_sql";

    private static List<Object[]> normalize(List<?> results) {
        List<Object[]> rows = new ArrayList<>(results.size());
        for (Object result : results) {
            rows.add(result instanceof Object[] columns ? columns : new Object[] {result});
        }
        return rows;
    }
}
