package io.sharehub.store.memory;

import io.sharehub.Ids;
import java.time.Instant;

/**
 * One leaderboard counter (of a campaign and an account or unit), which is also its own node in
 * the campaign's {@link RankTree} while its points are more than 0.
 */
final class CounterRow {
    final String id;
    long points;
    long invited;
    /** The latest award counted, or {@code null} when none. */
    Instant reachedAt;

    // Treap links, maintained by RankTree.
    CounterRow left;
    CounterRow right;
    int priority;
    int size;

    CounterRow(String id) {
        this.id = id;
    }

    boolean listed() {
        return points > 0;
    }

    /** Board order: points desc, invited desc, reachedAt asc, id by code point. */
    static int compare(CounterRow a, CounterRow b) {
        if (a == b) {
            return 0;
        }
        int c = Long.compare(b.points, a.points);
        if (c != 0) {
            return c;
        }
        c = Long.compare(b.invited, a.invited);
        if (c != 0) {
            return c;
        }
        c = compareReached(a.reachedAt, b.reachedAt);
        return c != 0 ? c : Ids.compare(a.id, b.id);
    }

    /** Earlier first; a row without an instant (never listed) after every instant. */
    static int compareReached(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
