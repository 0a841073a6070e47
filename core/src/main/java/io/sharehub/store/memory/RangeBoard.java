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
 * One range board, summed for one read from whole-day counters and the awards of the edge days.
 * Only the rows asked for are sorted: a page is a bounded selection over the listed rows.
 */
final class RangeBoard {
    private final List<String> names;
    /** Subject number to its slot + 1; 0 when not summed. */
    private final int[] slotOf;
    private int size;
    private int[] subjects = new int[64];
    private long[] points = new long[64];
    private long[] invited = new long[64];
    private long[] reachedSeconds = new long[64];
    private int[] reachedNanos = new int[64];

    /** @param names the subjects' ids by number */
    RangeBoard(List<String> names) {
        this.names = names;
        this.slotOf = new int[names.size()];
    }

    void add(DayCounters day) {
        for (int i = 0; i < day.size(); i++) {
            if (day.points[i] != 0 || day.invited[i] != 0) {
                add(day.subjects[i], day.points[i], day.invited[i], day.reachedSeconds[i], day.reachedNanos[i]);
            }
        }
    }

    /** Adds one award or counter; {@code seconds} is {@link DayCounters#NONE} for no instant. */
    void add(int subject, long pointsDelta, long invitedDelta, long seconds, int nanos) {
        int slot = slotOf[subject] - 1;
        if (slot < 0) {
            if (size == subjects.length) {
                int capacity = size * 2;
                subjects = Arrays.copyOf(subjects, capacity);
                points = Arrays.copyOf(points, capacity);
                invited = Arrays.copyOf(invited, capacity);
                reachedSeconds = Arrays.copyOf(reachedSeconds, capacity);
                reachedNanos = Arrays.copyOf(reachedNanos, capacity);
            }
            slot = size++;
            slotOf[subject] = slot + 1;
            subjects[slot] = subject;
            reachedSeconds[slot] = DayCounters.NONE;
        }
        points[slot] += pointsDelta;
        invited[slot] += invitedDelta;
        if (seconds != DayCounters.NONE && (reachedSeconds[slot] == DayCounters.NONE || seconds > reachedSeconds[slot]
                || seconds == reachedSeconds[slot] && nanos > reachedNanos[slot])) {
            reachedSeconds[slot] = seconds;
            reachedNanos[slot] = nanos;
        }
    }

    BoardSlice slice(long offset, int limit) {
        int listed = 0;
        for (int slot = 0; slot < size; slot++) {
            if (points[slot] > 0) {
                listed++;
            }
        }
        if (offset >= listed) {
            return new BoardSlice(List.of(), listed);
        }
        int wanted = (int) Math.min(listed, offset + limit);
        Integer[] best = best(wanted);
        List<RankedRow> out = new ArrayList<>(wanted - (int) offset);
        for (int i = (int) offset; i < wanted; i++) {
            int slot = best[i];
            long rank;
            long dense;
            if (out.isEmpty()) {
                rank = rowsAbove(points[slot]) + 1;
                dense = distinctAbove(points[slot]) + 1;
            } else {
                RankedRow previous = out.get(out.size() - 1);
                boolean tie = previous.points() == points[slot];
                rank = tie ? previous.rank() : i + 1;
                dense = tie ? previous.denseRank() : previous.denseRank() + 1;
            }
            out.add(row(slot, rank, dense));
        }
        return new BoardSlice(out, listed);
    }

    Optional<RankedRow> row(int subject) {
        int slot = subject < 0 || subject >= slotOf.length ? -1 : slotOf[subject] - 1;
        if (slot < 0 || points[slot] <= 0) {
            return Optional.empty();
        }
        return Optional.of(row(slot, rowsAbove(points[slot]) + 1, distinctAbove(points[slot]) + 1));
    }

    private RankedRow row(int slot, long rank, long dense) {
        Instant reached = reachedSeconds[slot] == DayCounters.NONE ? null
                : Instant.ofEpochSecond(reachedSeconds[slot], reachedNanos[slot]);
        return new RankedRow(names.get(subjects[slot]), points[slot], invited[slot], reached, rank, dense);
    }

    /** The first {@code wanted} listed slots in board order. */
    private Integer[] best(int wanted) {
        // A max-heap on board order keeps the `wanted` best seen so far; its head is the worst of them.
        PriorityQueue<Integer> heap = new PriorityQueue<>(wanted + 1, (a, b) -> compare(b, a));
        for (int slot = 0; slot < size; slot++) {
            if (points[slot] <= 0) {
                continue;
            }
            if (heap.size() < wanted) {
                heap.add(slot);
            } else if (compare(slot, heap.peek()) < 0) {
                heap.poll();
                heap.add(slot);
            }
        }
        Integer[] best = heap.toArray(new Integer[0]);
        Arrays.sort(best, this::compare);
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
        return c != 0 ? c : Ids.compare(names.get(subjects[a]), names.get(subjects[b]));
    }

    private long rowsAbove(long threshold) {
        long n = 0;
        for (int slot = 0; slot < size; slot++) {
            if (points[slot] > threshold) {
                n++;
            }
        }
        return n;
    }

    private long distinctAbove(long threshold) {
        long[] above = new long[size];
        int n = 0;
        for (int slot = 0; slot < size; slot++) {
            if (points[slot] > threshold) {
                above[n++] = points[slot];
            }
        }
        Arrays.sort(above, 0, n);
        long distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || above[i] != above[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }
}
