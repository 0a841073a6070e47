package io.sharehub.jpa;

import io.sharehub.jpa.internal.SqlDialect;

/**
 * The databases ShareHub's JPA stores and schema scripts support. {@link JpaStores} detects the
 * database by itself; name it with {@link JpaStores.Builder#database(Database)} to skip the
 * detection.
 *
 * @since 0.1
 */
public enum Database {
    /** PostgreSQL 13 or later; tested on 15. Ids use {@code COLLATE "C"}. */
    POSTGRESQL("postgresql", SqlDialect.POSTGRESQL),
    /** MariaDB 10.6 or later; tested on 10.11. Ids use {@code utf8mb4_nopad_bin}. */
    MARIADB("mysql", SqlDialect.MARIADB),
    /**
     * MySQL 8.0 or later, which has no {@code utf8mb4_nopad_bin}: ids use {@code utf8mb4_0900_bin}
     * (the MySQL/MariaDB scripts say {@code utf8mb4_nopad_bin}; {@link JpaSchema} swaps the
     * collation when it applies them to MySQL, and hosts copying the scripts do the same).
     */
    MYSQL("mysql", SqlDialect.MARIADB),
    /** H2 2.x, for tests and demos; tested on 2.3. */
    H2("h2", SqlDialect.H2);

    private final String scriptFolder;
    private final SqlDialect dialect;

    Database(String scriptFolder, SqlDialect dialect) {
        this.scriptFolder = scriptFolder;
        this.dialect = dialect;
    }

    /**
     * @return the folder under {@code io/sharehub/jpa/schema/} holding this database's scripts
     */
    public String scriptFolder() {
        return scriptFolder;
    }

    /** @return the SQL family the stores speak on this database */
    SqlDialect dialect() {
        return dialect;
    }
}
