/**
 * ShareHub's stores on Jakarta Persistence 3.1: {@link io.sharehub.jpa.JpaStores}, built from the
 * host's {@code EntityManagerFactory}, either owning its transactions (standalone) or joining the
 * host's ({@link io.sharehub.jpa.HostTransactions}); the bundled SQL schema scripts for
 * PostgreSQL, MySQL/MariaDB and H2 ({@link io.sharehub.jpa.JpaSchema}); and the start-up schema
 * check ({@link io.sharehub.jpa.SchemaMismatchException}).
 *
 * <p>Only standard Jakarta Persistence is used, so any provider works; the stores are tested with
 * Hibernate ORM 6.6 on PostgreSQL 15, MariaDB 10.11 and H2 2.3.
 */
package io.sharehub.jpa;
