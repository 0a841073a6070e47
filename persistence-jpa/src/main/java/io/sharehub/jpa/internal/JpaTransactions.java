package io.sharehub.jpa.internal;

import io.sharehub.RetryableStorageException;
import io.sharehub.ShareHubException;
import io.sharehub.StorageException;
import io.sharehub.store.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ShareHub's transactions over Jakarta Persistence, and the {@link JpaContext} the stores use.
 *
 * <p>Standalone (no host port, or no host transaction active on the thread) a unit of work gets
 * its own entity manager and resource-local transaction, bound to the thread; nested calls join
 * it. Writes run at READ COMMITTED (set per transaction on MySQL/MariaDB, whose default is
 * REPEATABLE READ); reads on PostgreSQL run in one read-only snapshot. A serialization failure, deadlock, lock timeout or lost unique-key race rolls it back and
 * runs the whole work again, up to {@code maxAttempts} times with a growing, jittered pause;
 * after-commit actions of failed attempts are dropped.
 *
 * <p>Inside an active host transaction the work runs on the host's entity manager, is flushed at
 * its end so that database failures surface inside the call, and never commits or rolls back;
 * retryable failures become {@link RetryableStorageException} and after-commit actions go to the
 * host. Every other persistence failure becomes a {@link StorageException} with the cause kept;
 * ShareHub's own exceptions pass through unchanged.
 */
public final class JpaTransactions implements Transactions, JpaContext {
    private static final Logger LOG = LoggerFactory.getLogger(JpaTransactions.class);
    private static final long FIRST_PAUSE_MILLIS = 4;
    private static final long MAX_PAUSE_MILLIS = 250;

    /** The host's side, when ShareHub may join host transactions. */
    public interface Host {
        /** @return whether a host transaction is active on this thread */
        boolean isActive();

        /** @return the active host transaction's entity manager */
        EntityManager entityManager();

        /** Runs an action after the host transaction commits. */
        void afterCommit(Runnable action);
    }

    private final EntityManagerFactory emf;
    private final Host host;
    private final SqlDialect dialect;
    private final int maxAttempts;
    private final List<WriteBehind> writeBehind = new ArrayList<>();
    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    /** The transaction running on one thread. */
    private static final class Scope {
        final EntityManager em;
        final boolean readOnly;
        final boolean hosted;
        final List<Runnable> afterCommit = new ArrayList<>();

        Scope(EntityManager em, boolean readOnly, boolean hosted) {
            this.em = em;
            this.readOnly = readOnly;
            this.hosted = hosted;
        }
    }

    /**
     * @param emf where standalone transactions get their entity managers
     * @param host the host's transactions, or {@code null} when ShareHub always owns its own
     * @param dialect the SQL family
     * @param maxAttempts how often a standalone unit of work runs at most, 1 or more
     */
    public JpaTransactions(EntityManagerFactory emf, Host host, SqlDialect dialect, int maxAttempts) {
        this.emf = Objects.requireNonNull(emf, "emf");
        this.host = host;
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, but was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * Registers a store that holds writes back until the end of each unit of work.
     *
     * @param store the store
     */
    public void holdBack(WriteBehind store) {
        writeBehind.add(store);
    }

    @Override
    public EntityManager em() {
        Scope scope = current.get();
        if (scope == null) {
            throw new IllegalStateException("ShareHub's JPA stores work only inside a ShareHub transaction"
                    + " (Transactions.write or read); none is running on this thread");
        }
        return scope.em;
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        Scope scope = current.get();
        if (scope != null) {
            if (scope.readOnly) {
                throw new IllegalStateException("a write cannot start inside a read on the same thread");
            }
            return work.get();
        }
        if (host != null && host.isActive()) {
            return hosted(work, false);
        }
        return owned(work, false);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (host != null && host.isActive()) {
            return hosted(work, true);
        }
        return owned(work, true);
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Scope scope = current.get();
        if (scope == null) {
            runQuietly(action);
        } else if (scope.hosted) {
            host.afterCommit(action);
        } else {
            scope.afterCommit.add(action);
        }
    }

    /** @return whether a ShareHub transaction runs on this thread */
    public boolean inTransaction() {
        return current.get() != null;
    }

    private <T> T hosted(Supplier<T> work, boolean readOnly) {
        EntityManager em = host.entityManager();
        current.set(new Scope(em, readOnly, true));
        try {
            T result = work.get();
            if (!readOnly) {
                writeBehind.forEach(WriteBehind::flush);
                em.flush();
            }
            return result;
        } catch (RuntimeException e) {
            throw translate(e, true, 1);
        } finally {
            // Nothing a store holds for this call may outlive it: the host may still roll back.
            writeBehind.forEach(WriteBehind::discard);
            current.remove();
        }
    }

    private <T> T owned(Supplier<T> work, boolean readOnly) {
        for (int attempt = 1; ; attempt++) {
            EntityManager em = null;
            EntityTransaction tx = null;
            Scope scope = null;
            try {
                em = emf.createEntityManager();
                tx = em.getTransaction();
                tx.begin();
                scope = new Scope(em, readOnly, false);
                current.set(scope);
                if (readOnly && dialect == SqlDialect.POSTGRESQL) {
                    // One snapshot for the whole read (a page and its total agree); a read-only
                    // transaction never fails serialization at this level.
                    em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
                } else if (!readOnly && dialect == SqlDialect.MARIADB) {
                    // Writes read what they act on under row locks (a day's points under a cap):
                    // at MySQL's default REPEATABLE READ those reads answer from the snapshot of
                    // the first read. Applies to this transaction only, which no statement opened yet.
                    em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
                }
                T result = work.get();
                if (!readOnly) {
                    writeBehind.forEach(WriteBehind::flush);
                }
                tx.commit();
                current.remove();
                scope.afterCommit.forEach(JpaTransactions::runQuietly);
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(tx);
                if (attempt < maxAttempts && !(e instanceof ShareHubException) && Failures.retryable(e)) {
                    LOG.debug("ShareHub retries a unit of work after a lost race (attempt {} of {})", attempt,
                            maxAttempts, e);
                    pause(attempt);
                    continue;
                }
                throw translate(e, false, attempt);
            } finally {
                writeBehind.forEach(WriteBehind::discard);
                current.remove();
                rollbackQuietly(tx);
                if (em != null && em.isOpen()) {
                    em.close();
                }
            }
        }
    }

    private RuntimeException translate(RuntimeException e, boolean hosted, int attempts) {
        if (e instanceof ShareHubException || !Failures.isPersistence(e)) {
            return e;
        }
        if (Failures.retryable(e)) {
            if (hosted) {
                return new RetryableStorageException("A serialization failure, deadlock or lost race inside the host's"
                        + " transaction; roll it back and run the unit of work again: " + e.getMessage(), e);
            }
            return new StorageException("The database kept refusing the work as a serialization failure, deadlock"
                    + " or lost race; gave up after " + attempts + " attempts: " + e.getMessage(), e);
        }
        return new StorageException("The database failed: " + e.getMessage(), e);
    }

    private static void rollbackQuietly(EntityTransaction tx) {
        try {
            if (tx != null && tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            LOG.debug("Rolling back after a failure failed too", e);
        }
    }

    private static void pause(int attempt) {
        long cap = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 10));
        long millis = ThreadLocalRandom.current().nextLong(cap / 2, cap + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting to retry a unit of work", e);
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("An after-commit action failed; the committed work stands", e);
        }
    }

    /** Adapts suppliers and consumers to {@link Host}. */
    public static Host host(BooleanSupplier isActive, Supplier<EntityManager> entityManager,
            Consumer<Runnable> afterCommit) {
        return new Host() {
            @Override
            public boolean isActive() {
                return isActive.getAsBoolean();
            }

            @Override
            public EntityManager entityManager() {
                return entityManager.get();
            }

            @Override
            public void afterCommit(Runnable action) {
                afterCommit.accept(action);
            }
        };
    }
}
