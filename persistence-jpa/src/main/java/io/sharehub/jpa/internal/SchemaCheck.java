package io.sharehub.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the database's schema with the one the bundled scripts create: every table and column
 * present, and every secondary index of those tables by its name (without them reads such as a
 * leaderboard's page scan whole tables); on MySQL/MariaDB text in {@code utf8mb4} and id columns (those the scripts declare with
 * a collation) binary and no-pad; on PostgreSQL id columns {@code COLLATE "C"} and a UTF-8
 * database. Reads {@code information_schema} only, so it works on any of the three.
 */
public final class SchemaCheck {
    /** The binary no-pad collations ids may have on MariaDB and on MySQL 8. */
    static final Set<String> BINARY_COLLATIONS = Set.of("utf8mb4_nopad_bin", "utf8mb4_0900_bin");

    private SchemaCheck() {
    }

    /** What {@code information_schema} says about one column. */
    private record Found(String collation, String charset) {
    }

    /**
     * @param em an entity manager in a transaction
     * @param dialect the SQL family
     * @param scripts the scripts of the database's folder
     * @return every problem found, one sentence each; empty when the schema fits
     */
    public static List<String> problems(EntityManager em, SqlDialect dialect, List<SchemaScripts.Script> scripts) {
        Map<String, List<SchemaScripts.Column>> expected = SchemaScripts.columns(scripts);
        List<String> tables = new ArrayList<>(expected.keySet());
        String sql = switch (dialect) {
            case POSTGRESQL -> "SELECT table_name, column_name, collation_name, NULL FROM information_schema.columns"
                    + " WHERE table_schema = ANY (current_schemas(false))";
            case MARIADB -> "SELECT table_name, column_name, collation_name, character_set_name"
                    + " FROM information_schema.columns WHERE table_schema = DATABASE()";
            case H2 -> "SELECT table_name, column_name, NULL, NULL FROM information_schema.columns"
                    + " WHERE table_schema = CURRENT_SCHEMA";
        };
        Map<String, Map<String, Found>> found = new HashMap<>();
        for (List<String> chunk : Values.chunks(tables)) {
            for (Object[] row : Sql.of(sql + " AND LOWER(table_name) IN (").params(chunk).append(")").rows(em)) {
                found.computeIfAbsent(lower(row[0]), t -> new HashMap<>())
                        .put(lower(row[1]), new Found(Values.text(row[2]), Values.text(row[3])));
            }
        }
        List<String> problems = new ArrayList<>();
        if (dialect == SqlDialect.POSTGRESQL) {
            String encoding = Values.text(Sql.of("SELECT pg_encoding_to_char(encoding) FROM pg_database"
                    + " WHERE datname = current_database()").single(em));
            if (!"UTF8".equalsIgnoreCase(encoding)) {
                problems.add("the database's encoding is " + encoding + ", not UTF8: text outside its character set"
                        + " (emoji, Chinese) cannot be stored");
            }
        }
        String indexSql = switch (dialect) {
            case POSTGRESQL -> "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = ANY (current_schemas(false))";
            case MARIADB -> "SELECT table_name, index_name FROM information_schema.statistics"
                    + " WHERE table_schema = DATABASE()";
            case H2 -> "SELECT table_name, index_name FROM information_schema.indexes WHERE table_schema = CURRENT_SCHEMA";
        };
        Set<String> indexes = new java.util.HashSet<>();
        for (Object[] row : Sql.of(indexSql).rows(em)) {
            indexes.add(lower(row[0]) + "." + lower(row[1]));
        }
        expected.forEach((table, columns) -> {
            Map<String, Found> actual = found.get(table);
            if (actual == null) {
                problems.add("table " + table + " is missing (created by " + columns.get(0).script() + ")");
                return;
            }
            for (SchemaScripts.Column column : columns) {
                Found f = actual.get(column.name());
                String name = table + "." + column.name();
                if (f == null) {
                    problems.add("column " + name + " is missing (created by " + column.script() + ")");
                    continue;
                }
                if (dialect == SqlDialect.MARIADB) {
                    if (f.charset() != null && !f.charset().toLowerCase(Locale.ROOT).startsWith("utf8mb4")) {
                        problems.add("column " + name + " holds text in " + f.charset() + ", not utf8mb4: emoji and"
                                + " other four-byte characters would be lost");
                    } else if (column.collated() && (f.collation() == null
                            || !BINARY_COLLATIONS.contains(f.collation().toLowerCase(Locale.ROOT)))) {
                        problems.add("id column " + name + " has collation " + f.collation()
                                + ", not utf8mb4_nopad_bin (MySQL 8: utf8mb4_0900_bin): ids such as U1, u1 and"
                                + " \"U1 \" would be taken for one");
                    }
                }
                if (dialect == SqlDialect.POSTGRESQL && column.collated() && !"C".equals(f.collation())
                        && !"POSIX".equals(f.collation())) {
                    problems.add("id column " + name + " has collation " + (f.collation() == null ? "(the database"
                            + " default)" : f.collation()) + ", not \"C\": ids would not sort by code point");
                }
            }
        });
        for (SchemaScripts.Index index : SchemaScripts.indexes(scripts).values()) {
            if (found.containsKey(index.table()) && !indexes.contains(index.table() + "." + index.name())) {
                problems.add("index " + index.name() + " on " + index.table() + " is missing (created by "
                        + index.script() + "): the queries it serves would scan the table");
            }
        }
        return problems;
    }

    private static String lower(Object value) {
        return Values.text(value).toLowerCase(Locale.ROOT);
    }
}
