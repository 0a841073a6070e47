/**
 * The points ledger's storage port, for store authors: {@link io.sharehub.points.spi.LedgerStore}
 * and the records it deals in. Hosts that use the shipped stores never touch these types.
 */
package io.sharehub.points.spi;
