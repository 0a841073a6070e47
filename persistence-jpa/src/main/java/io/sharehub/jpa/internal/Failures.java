package io.sharehub.jpa.internal;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Tells which database failures mean "run the whole unit of work again": serialization failures,
 * deadlocks, lock wait timeouts, and unique-key violations, which here always mean that another
 * transaction won a race for an idempotency id or a first touch (the rerun then finds its row).
 */
public final class Failures {
    private Failures() {
    }

    /**
     * @param failure what a unit of work threw
     * @return whether running the whole unit of work again may succeed
     */
    public static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (retryable(e.getSQLState(), e.getErrorCode())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * @param sqlState the SQLState
     * @param errorCode the vendor's error code
     * @return whether the failure is a lost race worth a retry
     */
    static boolean retryable(String sqlState, int errorCode) {
        if (sqlState != null) {
            switch (sqlState) {
                case "40001", // serialization failure (all); H2 deadlock; MySQL/MariaDB deadlock
                        "40P01", // PostgreSQL deadlock detected
                        "23505", // unique violation (PostgreSQL, H2)
                        "HYT00" -> { // H2 lock timeout
                    return true;
                }
                default -> { }
            }
        }
        return switch (errorCode) {
            case 1213, // MySQL/MariaDB ER_LOCK_DEADLOCK
                    1205, // MySQL/MariaDB ER_LOCK_WAIT_TIMEOUT
                    1062, // MySQL/MariaDB ER_DUP_ENTRY
                    50200 -> true; // H2 LOCK_TIMEOUT_1
            default -> false;
        };
    }

    /**
     * @param failure what a unit of work threw
     * @return whether it is a persistence failure ShareHub wraps in a {@code StorageException}
     */
    public static boolean isPersistence(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PersistenceException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
