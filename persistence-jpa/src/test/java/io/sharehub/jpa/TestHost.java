package io.sharehub.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A host's own transactions, as an application without Spring would write them: an entity
 * manager and resource-local transaction per unit of work, bound to the thread, with actions to
 * run after commit.
 */
final class TestHost implements HostTransactions {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    TestHost(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public boolean isActive() {
        return current.get() != null;
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.get().add(action);
    }

    /** @return the entity manager of this thread's transaction */
    EntityManager entityManager() {
        return current.get();
    }

    /**
     * @return one entity manager for every transaction that works on the current thread's, as
     *     Spring's shared entity manager does
     */
    EntityManager shared() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "shared EntityManager";
                        };
                    }
                    try {
                        return method.invoke(current.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Runs work in a host transaction, then commits it. */
    <T> T commit(Supplier<T> work) {
        return run(work, true);
    }

    /** Runs work in a host transaction, then rolls it back. */
    <T> T rollback(Supplier<T> work) {
        return run(work, false);
    }

    private <T> T run(Supplier<T> work, boolean commit) {
        EntityManager em = emf.createEntityManager();
        List<Runnable> actions = new ArrayList<>();
        current.set(em);
        afterCommit.set(actions);
        try {
            em.getTransaction().begin();
            T result = work.get();
            if (commit) {
                em.getTransaction().commit();
                actions.forEach(Runnable::run);
            } else {
                em.getTransaction().rollback();
            }
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            current.remove();
            afterCommit.remove();
            em.close();
        }
    }
}
