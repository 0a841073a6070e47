package io.sharehub.jpa.internal;

import jakarta.persistence.EntityManager;

/**
 * What every JPA store works with: the entity manager of the transaction running on this thread
 * (inside {@link io.sharehub.store.Transactions#write} or {@code read}) and the database's SQL
 * family. Stores never begin, commit or roll back transactions themselves.
 */
public interface JpaContext {

    /** @return the current transaction's entity manager; fails outside a transaction */
    EntityManager em();

    /** @return the database's SQL family */
    SqlDialect dialect();
}
