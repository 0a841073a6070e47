package io.sharehub.store;

import java.util.function.Supplier;

/**
 * The transaction port: how the core makes one operation all-or-nothing over the stores of one
 * set, and runs work only once it is committed.
 *
 * <p>Every core operation runs inside {@link #write} or {@link #read}. A store set whose
 * transactions ShareHub owns may run {@code work} more than once (retrying serialization failures
 * and deadlocks), so the core keeps side effects out of {@code work} and registers them with
 * {@link #afterCommit}. Inside a host's transaction the set joins it and turns such failures into
 * {@link io.sharehub.RetryableStorageException}.
 *
 * <p>Implementations must be thread-safe; a call made inside {@code work} joins the transaction
 * already running on that thread.
 */
public interface Transactions {

    /**
     * Runs work that writes, in one transaction.
     *
     * @param work the work; may run more than once when the store retries
     * @param <T> what the work returns
     * @return what the work returned in the attempt that committed
     */
    <T> T write(Supplier<T> work);

    /**
     * Runs work that only reads, seeing one consistent state where the store can give one.
     *
     * @param work the work
     * @param <T> what the work returns
     * @return what the work returned
     */
    <T> T read(Supplier<T> work);

    /**
     * Runs an action after the current write transaction commits, and never if it rolls back.
     * Called outside a transaction, runs the action at once. An exception from the action is
     * logged and does not undo the commit.
     *
     * @param action what to run, such as calling listeners or invalidating caches
     */
    void afterCommit(Runnable action);
}
