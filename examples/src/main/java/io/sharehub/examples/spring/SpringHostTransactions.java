package io.sharehub.examples.spring;

import io.sharehub.jpa.HostTransactions;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * ShareHub's transaction port on Spring's transactions: inside a {@code @Transactional} method (or a
 * {@code TransactionTemplate}) ShareHub joins the running transaction, so when it rolls back nothing
 * ShareHub recorded in it stays; listeners and cache invalidation run after it commits. Outside one,
 * ShareHub runs a transaction of its own.
 */
public final class SpringHostTransactions implements HostTransactions {

    @Override
    public boolean isActive() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive();
    }

    @Override
    public void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
