package io.sharehub.jpa;

/**
 * The host's transactions, as far as ShareHub needs them: whether one is running on this thread,
 * and how to run work after it commits. Standard Jakarta Persistence can tell neither, so a host
 * that wants ShareHub to join its transactions (Spring's {@code @Transactional}, Jakarta EE, a
 * hand-written unit of work) implements this port and gives it to
 * {@link JpaStores.Builder#hostTransactions(HostTransactions)} together with a supplier of the
 * transaction's {@code EntityManager}. See {@code docs/jpa.md} for a Spring implementation over
 * {@code TransactionSynchronizationManager}.
 *
 * <p>Implementations must be thread-safe: both methods are asked about the calling thread.
 *
 * @since 0.1
 */
public interface HostTransactions {

    /**
     * @return whether a host transaction is active on the calling thread; when it is, ShareHub
     *     joins it and never commits or rolls it back itself
     */
    boolean isActive();

    /**
     * Runs an action after the active host transaction commits, and never if it rolls back.
     * Called only while {@link #isActive()} is {@code true} on the same thread.
     *
     * @param action what ShareHub runs after commit: listeners, cache invalidation
     */
    void afterCommit(Runnable action);
}
