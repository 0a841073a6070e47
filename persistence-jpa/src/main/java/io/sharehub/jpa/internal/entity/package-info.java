/**
 * The JPA stores' entities. Rows that are only ever inserted (ledger entries, awards, visits,
 * referrals ...) are persisted as entities so that the provider can batch them; rows that change
 * (balances, counters, graph nodes, sets) are written by native SQL with atomic increments and
 * insert-if-absent, and are mapped here so that the persistence unit and the schema check know
 * every table. Not API.
 */
package io.sharehub.jpa.internal.entity;
