/**
 * The storage ports as one set: {@link io.sharehub.store.Stores} and the
 * {@link io.sharehub.store.Transactions} that span them. Each domain's own port lives in that
 * domain's {@code spi} package; {@link io.sharehub.store.memory} holds the in-memory reference.
 */
package io.sharehub.store;
