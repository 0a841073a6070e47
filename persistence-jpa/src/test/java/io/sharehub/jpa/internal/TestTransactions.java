package io.sharehub.jpa.internal;

import io.sharehub.StorageException;
import io.sharehub.store.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Test-only transactions over one entity manager factory, standing in for the module's own until
 * they land: each outermost call begins a transaction on a new entity manager, commits it (a read
 * rolls back), and retries the whole work on deadlocks, serialization failures, lock timeouts and
 * unique-key violations, as the stores' contract expects of the transactions that own them. It
 * is also the stores' {@link JpaContext}: {@link #em()} is the entity manager of the transaction
 * on the calling thread.
 */
final class TestTransactions implements Transactions, JpaContext {
    private static final int ATTEMPTS = 30;

    private final EntityManagerFactory factory;
    private final SqlDialect dialect;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final AtomicInteger retries = new AtomicInteger();

    TestTransactions(EntityManagerFactory factory, SqlDialect dialect) {
        this.factory = factory;
        this.dialect = dialect;
    }

    @Override
    public EntityManager em() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("no transaction on this thread");
        }
        return em;
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    /** @return how many attempts were retried so far */
    int retries() {
        return retries.get();
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(work, true);
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            EntityManager em = factory.createEntityManager();
            List<Runnable> actions = new ArrayList<>();
            current.set(em);
            afterCommit.set(actions);
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                T result = work.get();
                if (readOnly) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
                current.remove();
                afterCommit.remove();
                actions.forEach(Runnable::run);
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException ignored) {
                        // the connection may be gone; the database rolls back on its own
                    }
                }
                if (attempt < ATTEMPTS && retryable(e)) {
                    retries.incrementAndGet();
                    pause(attempt);
                    continue;
                }
                if (e instanceof jakarta.persistence.PersistenceException) {
                    throw new StorageException("transaction failed after " + attempt + " attempts", e);
                }
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                em.close();
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 + Math.min(attempt, 10) * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deadlocks, serialization failures, lock timeouts and duplicate keys, as the stores tell them. */
    static boolean retryable(Throwable failure) {
        return NativeStatements.lostRace(failure);
    }
}
