package io.sharehub.store.memory;

import io.sharehub.Ids;
import java.time.Instant;

/**
 * One leaderboard counter (of a campaign and an account or unit), which is also its own node in
 * the campaign's {@link RankTree} while its points are more than 0. {@code reachedAt} is kept as
 * two numbers so that comparing rows touches nothing but the rows.
 */
final class CounterRow {
    final String id;
    long points;
    long invited;
    /** Seconds of the latest award counted, or {@link DayCounters#NONE}. */
    long reachedSeconds = DayCounters.NONE;
    int reachedNanos;

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

    Instant reachedAt() {
        return reachedSeconds == DayCounters.NONE ? null : Instant.ofEpochSecond(reachedSeconds, reachedNanos);
    }

    void setReachedAt(Instant instant) {
        reachedSeconds = instant == null ? DayCounters.NONE : instant.getEpochSecond();
        reachedNanos = instant == null ? 0 : instant.getNano();
    }

    /** Keeps the later of the current instant and {@code instant}. */
    void reach(Instant instant) {
        if (instant != null && (reachedSeconds == DayCounters.NONE || instant.getEpochSecond() > reachedSeconds
                || instant.getEpochSecond() == reachedSeconds && instant.getNano() > reachedNanos)) {
            setReachedAt(instant);
        }
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
        c = Long.compare(a.reachedSeconds, b.reachedSeconds);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.reachedNanos, b.reachedNanos);
        return c != 0 ? c : Ids.compare(a.id, b.id);
    }
}
