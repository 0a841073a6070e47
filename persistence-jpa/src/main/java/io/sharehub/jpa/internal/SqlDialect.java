package io.sharehub.jpa.internal;

/**
 * The SQL families the JPA stores speak natively (for upserts, insert-if-absent and locks). MySQL 8
 * is written like MariaDB.
 */
public enum SqlDialect {
    /** PostgreSQL 13 or later. */
    POSTGRESQL,
    /** MariaDB 10.6 or later, and MySQL 8. */
    MARIADB,
    /** H2 2.x, for tests and the evaluation app. */
    H2
}
