package io.sharehub.store.memory;

import io.sharehub.store.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions for the in-memory stores: writes are serialized by one lock, reads share it, so
 * every operation sees and leaves a consistent state. Work that throws leaves what it wrote, so
 * the core checks all input before it writes.
 */
final class InMemoryTransactions implements Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryTransactions.class);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    @Override
    public <T> T write(Supplier<T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            return work.get();
        }
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("a write cannot start inside a read on the same thread");
        }
        List<Runnable> actions = new ArrayList<>();
        T result;
        lock.writeLock().lock();
        afterCommit.set(actions);
        try {
            result = work.get();
        } finally {
            afterCommit.remove();
            lock.writeLock().unlock();
        }
        for (Runnable action : actions) {
            runQuietly(action);
        }
        return result;
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            return work.get();
        }
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            runQuietly(action);
        } else {
            actions.add(action);
        }
    }

    boolean inWrite() {
        return lock.isWriteLockedByCurrentThread();
    }

    boolean inTransaction() {
        return lock.isWriteLockedByCurrentThread() || lock.getReadHoldCount() > 0;
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("An after-commit action failed; the committed work stands", e);
        }
    }
}
