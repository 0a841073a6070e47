/**
 * The JPA entities of ShareHub's tables, one class per entity, named for their domain
 * ({@code CatalogMaterialEntity}, {@code LedgerEntryRow}, {@code FissionVisit} …). A host's
 * persistence unit lists them ({@link io.sharehub.jpa.JpaStores#entityClasses()}); the tables come
 * from the bundled schema scripts, never from the provider's schema generation. Rows that are only
 * ever inserted (events, ledger entries, awards, visits, referrals …) are persisted as entities so
 * that the provider can batch them; rows that change (balances, counters, graph nodes, sets) are
 * written by native SQL with atomic increments and insert-if-absent, and are mapped here so that
 * the persistence unit and the schema check know every table. Not API.
 */
package io.sharehub.jpa.internal.entity;
