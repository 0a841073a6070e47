package io.sharehub.store.memory;

import io.sharehub.Ids;
import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.RankedRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * One range board, summed from whole-day counters and the awards of the edge days into arrays
 * indexed by the subjects' dense numbers, sized once for every subject numbered when the sum
 * starts. Only the rows asked for are sorted: a page is a bounded selection over the listed rows.
 *
 * <p>Summed under the store's lock ({@link #add} calls, then {@link #seal}), a board is not
 * changed afterwards, so the store may keep it for later reads until a write changes a day
 * counter or an award. What reads fill in later (the first rows, the sorted totals) readers
 * sharing the lock may race to fill, each with the same value.
 */
final class RangeBoard {
    /** The fewest first rows kept after a top-N read: a top-100 and every shorter top share them. */
    private static final int TOP_KEPT = 100;

    /** The listed totals, highest first, with how many distinct ones are among the first i + 1. */
    private record Totals(long[] sorted, int[] distinct) {
        long rowsAbove(long threshold) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] > threshold) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        long distinctAbove(long threshold) {
            int above = (int) rowsAbove(threshold);
            return above == 0 ? 0 : distinct[above - 1];
        }
    }

    private final List<String> names;
    private final int subjects;
    private final long[] points;
    private final long[] invited;
    private final long[] reachedSeconds;
    private final int[] reachedNanos;
    /** Rows with more than 0 points, counted by {@link #seal}. */
    private int listed = -1;
    private volatile List<RankedRow> top;
    private volatile Totals totals;

    /** @param names the subjects' ids by number; every subject added must be numbered already */
    RangeBoard(List<String> names) {
        this.names = names;
        this.subjects = names.size();
        this.points = new long[subjects];
        this.invited = new long[subjects];
        this.reachedSeconds = new long[subjects];
        this.reachedNanos = new int[subjects];
        Arrays.fill(reachedSeconds, DayCounters.NONE);
    }

    void add(DayCounters day) {
        int[] daySubjects = day.subjects;
        long[] dayPoints = day.points;
        long[] dayInvited = day.invited;
        long[] daySeconds = day.reachedSeconds;
        int[] dayNanos = day.reachedNanos;
        for (int i = 0, n = day.size(); i < n; i++) {
            if (dayPoints[i] == 0 && dayInvited[i] == 0) {
                // An emptied counter (a reversal, a merge) counts nothing, not even its instant.
                continue;
            }
            int subject = daySubjects[i];
            points[subject] += dayPoints[i];
            invited[subject] += dayInvited[i];
            reach(subject, daySeconds[i], dayNanos[i]);
        }
    }

    /** Adds one award or counter; {@code seconds} is {@link DayCounters#NONE} for no instant. */
    void add(int subject, long pointsDelta, long invitedDelta, long seconds, int nanos) {
        points[subject] += pointsDelta;
        invited[subject] += invitedDelta;
        reach(subject, seconds, nanos);
    }

    private void reach(int subject, long seconds, int nanos) {
        long s = reachedSeconds[subject];
        if (seconds != DayCounters.NONE && (s == DayCounters.NONE || seconds > s
                || seconds == s && nanos > reachedNanos[subject])) {
            reachedSeconds[subject] = seconds;
            reachedNanos[subject] = nanos;
        }
    }

    /** Ends the sum: the board is read only from here on. */
    RangeBoard seal() {
        int n = 0;
        for (int subject = 0; subject < subjects; subject++) {
            if (points[subject] > 0) {
                n++;
            }
        }
        listed = n;
        return this;
    }

    BoardSlice slice(long offset, int limit) {
        if (offset >= listed) {
            return new BoardSlice(List.of(), listed);
        }
        int wanted = (int) Math.min(listed, offset + limit);
        if (offset == 0) {
            // The same list instance while the board is kept, so callers may memoize on it.
            List<RankedRow> first = top;
            if (first == null || first.size() < wanted) {
                first = List.copyOf(rows(0, Math.min(listed, Math.max(wanted, TOP_KEPT))));
                top = first;
            }
            return new BoardSlice(first.size() == wanted ? first : first.subList(0, wanted), listed);
        }
        return new BoardSlice(rows((int) offset, wanted), listed);
    }

    /** @return the listed rows at positions {@code [from, to)} in board order */
    private List<RankedRow> rows(int from, int to) {
        int[] best = best(to);
        List<RankedRow> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            int subject = best[i];
            long rank;
            long dense;
            if (out.isEmpty()) {
                // The first row of the board has no row above it.
                Totals t = from == 0 ? null : totals();
                rank = from == 0 ? 1 : t.rowsAbove(points[subject]) + 1;
                dense = from == 0 ? 1 : t.distinctAbove(points[subject]) + 1;
            } else {
                RankedRow previous = out.get(out.size() - 1);
                boolean tie = previous.points() == points[subject];
                rank = tie ? previous.rank() : i + 1;
                dense = tie ? previous.denseRank() : previous.denseRank() + 1;
            }
            out.add(row(subject, rank, dense));
        }
        return out;
    }

    Optional<RankedRow> row(int subject) {
        if (subject < 0 || subject >= subjects || points[subject] <= 0) {
            return Optional.empty();
        }
        Totals t = totals();
        return Optional.of(row(subject, t.rowsAbove(points[subject]) + 1, t.distinctAbove(points[subject]) + 1));
    }

    private RankedRow row(int subject, long rank, long dense) {
        Instant reached = reachedSeconds[subject] == DayCounters.NONE ? null
                : Instant.ofEpochSecond(reachedSeconds[subject], reachedNanos[subject]);
        return new RankedRow(names.get(subject), points[subject], invited[subject], reached, rank, dense);
    }

    private Totals totals() {
        Totals t = totals;
        if (t == null) {
            long[] sorted = new long[listed];
            int n = 0;
            for (int subject = 0; subject < subjects; subject++) {
                if (points[subject] > 0) {
                    // Negated so that an ascending sort puts the highest first.
                    sorted[n++] = -points[subject];
                }
            }
            Arrays.sort(sorted);
            int[] distinct = new int[listed];
            for (int i = 0; i < listed; i++) {
                sorted[i] = -sorted[i];
                distinct[i] = (i == 0 ? 0 : distinct[i - 1]) + (i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0);
            }
            t = new Totals(sorted, distinct);
            totals = t;
        }
        return t;
    }

    /** The first {@code wanted} listed subjects in board order. */
    private int[] best(int wanted) {
        // A max-heap on board order keeps the `wanted` best seen so far; its head is the worst of them.
        PriorityQueue<Integer> heap = new PriorityQueue<>(wanted + 1, (a, b) -> compare(b, a));
        long floor = Long.MIN_VALUE;
        for (int subject = 0; subject < subjects; subject++) {
            long p = points[subject];
            // Below the worst kept row's points a subject cannot enter: skip the comparison.
            if (p <= 0 || p < floor) {
                continue;
            }
            if (heap.size() < wanted) {
                heap.add(subject);
                if (heap.size() == wanted) {
                    floor = points[heap.peek()];
                }
            } else if (compare(subject, heap.peek()) < 0) {
                heap.poll();
                heap.add(subject);
                floor = points[heap.peek()];
            }
        }
        int[] best = new int[heap.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            best[i] = heap.poll();
        }
        return best;
    }

    private int compare(int a, int b) {
        int c = Long.compare(points[b], points[a]);
        if (c != 0) {
            return c;
        }
        c = Long.compare(invited[b], invited[a]);
        if (c != 0) {
            return c;
        }
        c = Long.compare(reachedSeconds[a], reachedSeconds[b]);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(reachedNanos[a], reachedNanos[b]);
        return c != 0 ? c : Ids.compare(names.get(a), names.get(b));
    }
}
