/**
 * The catalog's storage port, for store authors: {@link io.sharehub.catalog.spi.CatalogStore}
 * and the records it deals in. Hosts that use the shipped stores never touch these types.
 */
package io.sharehub.catalog.spi;
