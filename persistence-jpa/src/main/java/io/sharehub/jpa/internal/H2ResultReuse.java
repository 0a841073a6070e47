package io.sharehub.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns off H2's reuse of query results, which breaks READ COMMITTED under concurrent writers.
 *
 * <p>H2 keeps the last result of each prepared query in a session and answers the same query with
 * the same parameters from it while no table it reads has changed, judged by modification counters
 * that a writer advances before its commit makes the rows visible. A query that runs in that window
 * keeps the rows from before the commit, and so does every later run of it in the session: the
 * re-read under a lock that should see a committed change sees the old rows. The stores depend on
 * such re-reads (a reversal reads its referral's awards again once it holds the accounts' locks, to
 * see a merge that moved one); with reuse on, two instances crediting, reversing and merging on H2
 * left about one run in a hundred with a reversed award still counted on the board of the account
 * it was merged into. {@code SET OPTIMIZE_REUSE_RESULTS FALSE} turns the reuse off for the whole
 * database (it persists in a file database; it needs an admin user, such as H2's default).
 */
public final class H2ResultReuse {
    private static final Logger LOG = LoggerFactory.getLogger(H2ResultReuse.class);

    private H2ResultReuse() {
    }

    /**
     * Runs {@code SET OPTIMIZE_REUSE_RESULTS FALSE} in a transaction of its own; when the user may
     * not, logs a warning that says who must run it.
     *
     * @param emf a factory over an H2 database
     * @return whether the setting was applied
     */
    public static boolean turnOff(EntityManagerFactory emf) {
        try {
            DatabaseProbe.inOwnTransaction(emf, true,
                    em -> em.createNativeQuery("SET OPTIMIZE_REUSE_RESULTS FALSE").executeUpdate());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("ShareHub could not turn off H2's reuse of query results: SET OPTIMIZE_REUSE_RESULTS FALSE needs"
                    + " an admin user. Have an admin run it once (a file database keeps it), or concurrent reversals"
                    + " and merges may act on stale rows", e);
            return false;
        }
    }
}
