package io.sharehub.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements that differ between the SQL families: atomic insert-if-absent, atomic
 * add-or-insert of counters, and ordering ids by code point.
 *
 * <p>On PostgreSQL and MySQL/MariaDB both statements are atomic under concurrency. H2 has neither
 * {@code ON CONFLICT} nor {@code ON DUPLICATE KEY} in its default mode; its {@code MERGE} does
 * the same but two transactions inserting one new key both see it missing, and the second fails
 * with a unique-key violation, which the transactions treat as a lost race and retry.
 */
public final class DialectSql {
    private static final Pattern REFERENCE = Pattern.compile("\\b(OLD|NEW)\\.(\\w+)");

    private DialectSql() {
    }

    /**
     * An insert that does nothing when a row with the same key exists; its update count tells
     * whether it inserted (1) or found the key taken (0). On PostgreSQL a failed insert would abort
     * the whole transaction, hence {@code ON CONFLICT DO NOTHING}; MariaDB has {@code INSERT IGNORE}.
     *
     * @param dialect the SQL family
     * @param table the table
     * @param columns the columns to insert
     * @param keys the unique key's columns, a subset of {@code columns}
     * @param values one value per column
     * @return the statement
     */
    public static Sql insertIfAbsent(SqlDialect dialect, String table, List<String> columns, List<String> keys,
            List<?> values) {
        String names = String.join(", ", columns);
        return switch (dialect) {
            case POSTGRESQL -> Sql.of("INSERT INTO " + table + " (" + names + ") VALUES (").params(values)
                    .append(") ON CONFLICT DO NOTHING");
            case MARIADB -> Sql.of("INSERT IGNORE INTO " + table + " (" + names + ") VALUES (").params(values)
                    .append(")");
            case H2 -> Sql.of("MERGE INTO " + table + " USING (VALUES (").params(values).append(")) AS s (" + names
                    + ") ON " + match(table, keys) + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES ("
                    + prefixed("s.", columns) + ")");
        };
    }

    /**
     * One plain multi-row insert; a duplicate key fails it, as an entity insert would fail.
     *
     * @param table the table
     * @param columns the columns to insert
     * @param rows per row, one value per column
     * @return the statement
     */
    public static Sql insertAll(String table, List<String> columns, List<? extends List<?>> rows) {
        Sql sql = Sql.of("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ", (").params(rows.get(i)).append(")");
        }
        return sql;
    }

    /**
     * {@link #insertIfAbsent} for many rows in one statement: inserts the rows whose key is free
     * and leaves the others. Callers pass rows sorted by key.
     *
     * @param dialect the SQL family
     * @param table the table
     * @param columns the columns to insert
     * @param keys the unique key's columns, a subset of {@code columns}
     * @param rows per row, one value per column
     * @return the statement
     */
    public static Sql insertAllIfAbsent(SqlDialect dialect, String table, List<String> columns, List<String> keys,
            List<? extends List<?>> rows) {
        String names = String.join(", ", columns);
        Sql sql = switch (dialect) {
            case POSTGRESQL -> Sql.of("INSERT INTO " + table + " (" + names + ") VALUES ");
            case MARIADB -> Sql.of("INSERT IGNORE INTO " + table + " (" + names + ") VALUES ");
            case H2 -> Sql.of("MERGE INTO " + table + " USING (VALUES ");
        };
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ", (").params(rows.get(i)).append(")");
        }
        return switch (dialect) {
            case POSTGRESQL -> sql.append(" ON CONFLICT DO NOTHING");
            case MARIADB -> sql;
            case H2 -> sql.append(") AS s (" + names + ") ON " + match(table, keys) + " WHEN NOT MATCHED THEN INSERT ("
                    + names + ") VALUES (" + prefixed("s.", columns) + ")");
        };
    }

    /**
     * One statement that adds to counters of many rows, inserting the rows that do not exist yet,
     * atomically ({@code SET n = n + ?}). Rows are locked in the order given, so callers pass them
     * sorted by key and every transaction locks in the same order.
     *
     * @param dialect the SQL family
     * @param table the table
     * @param keys the primary key's columns
     * @param counters the columns to add to
     * @param rows per row, the key values followed by the amounts to add
     * @return the statement
     */
    public static Sql addToCounters(SqlDialect dialect, String table, List<String> keys, List<String> counters,
            List<List<?>> rows) {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(counters);
        List<String> sets = new ArrayList<>();
        for (String counter : counters) {
            sets.add(counter + " = OLD." + counter + " + NEW." + counter);
        }
        return upsert(dialect, table, keys, columns, rows, sets);
    }

    /**
     * One statement that inserts rows, or updates those whose key exists, atomically. The update
     * assignments are written once for every family: {@code OLD.c} is the stored value of column
     * {@code c}, {@code NEW.c} the value the statement brings. On MySQL/MariaDB assignments run in
     * order and later ones see earlier ones' results, so an assignment must not read a column an
     * earlier one set.
     *
     * @param dialect the SQL family
     * @param table the table
     * @param keys the primary key's columns
     * @param columns every column inserted, keys included
     * @param rows per row, one value per column
     * @param assignments the updates of an existing row, such as {@code n = OLD.n + NEW.n}
     * @return the statement
     */
    public static Sql upsert(SqlDialect dialect, String table, List<String> keys, List<String> columns,
            List<List<?>> rows, List<String> assignments) {
        String names = String.join(", ", columns);
        Sql sql = switch (dialect) {
            case POSTGRESQL, MARIADB -> Sql.of("INSERT INTO " + table + " (" + names + ") VALUES ");
            case H2 -> Sql.of("MERGE INTO " + table + " USING (VALUES ");
        };
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ", (").params(rows.get(i)).append(")");
        }
        String oldRef = dialect == SqlDialect.MARIADB ? "" : table + ".";
        StringBuilder set = new StringBuilder();
        for (String assignment : assignments) {
            if (!set.isEmpty()) {
                set.append(", ");
            }
            Matcher m = REFERENCE.matcher(assignment);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String column = m.group(2);
                String replacement = m.group(1).equals("OLD") ? oldRef + column : switch (dialect) {
                    case POSTGRESQL -> "EXCLUDED." + column;
                    case MARIADB -> "VALUES(" + column + ")";
                    case H2 -> "s." + column;
                };
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            set.append(out);
        }
        return switch (dialect) {
            case POSTGRESQL -> sql.append(" ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + set);
            case MARIADB -> sql.append(" ON DUPLICATE KEY UPDATE " + set);
            case H2 -> sql.append(") AS s (" + names + ") ON " + match(table, keys) + " WHEN MATCHED THEN UPDATE SET "
                    + set + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + prefixed("s.", columns) + ")");
        };
    }

    /**
     * An expression that orders an id column by Unicode code point. PostgreSQL ({@code COLLATE
     * "C"}) and MariaDB ({@code utf8mb4_nopad_bin}) columns already compare by code point; H2
     * compares text by UTF-16 unit, so its ids are ordered by their UTF-8 bytes, which is the same
     * as code point order.
     *
     * @param dialect the SQL family
     * @param column the qualified column
     * @return the expression to order by
     */
    public static String idOrder(SqlDialect dialect, String column) {
        return dialect == SqlDialect.H2 ? "CAST(" + column + " AS VARBINARY)" : column;
    }

    private static String match(String table, List<String> keys) {
        StringBuilder on = new StringBuilder();
        for (String key : keys) {
            if (!on.isEmpty()) {
                on.append(" AND ");
            }
            on.append(table).append('.').append(key).append(" = s.").append(key);
        }
        return on.toString();
    }

    private static String prefixed(String prefix, List<String> columns) {
        StringBuilder list = new StringBuilder();
        for (String column : columns) {
            if (!list.isEmpty()) {
                list.append(", ");
            }
            list.append(prefix).append(column);
        }
        return list.toString();
    }
}
