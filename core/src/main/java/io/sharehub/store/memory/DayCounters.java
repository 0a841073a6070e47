package io.sharehub.store.memory;

import java.time.Instant;
import java.util.Arrays;

/**
 * The counters of one hub-zone day, per account or per unit (by interned number), in parallel
 * arrays so that summing a month of days into a range board is a sequential pass.
 */
final class DayCounters {
    static final long NONE = Long.MIN_VALUE;

    private int[] table = new int[16];
    private int size;
    int[] subjects = new int[8];
    long[] points = new long[8];
    long[] invited = new long[8];
    long[] reachedSeconds = new long[8];
    int[] reachedNanos = new int[8];

    DayCounters() {
        Arrays.fill(table, -1);
    }

    int size() {
        return size;
    }

    void apply(int subject, long pointsDelta, long invitedDelta, Instant reachedAt) {
        int slot = slot(subject, true);
        points[slot] += pointsDelta;
        invited[slot] += invitedDelta;
        if (reachedAt != null && later(reachedAt.getEpochSecond(), reachedAt.getNano(), slot)) {
            reachedSeconds[slot] = reachedAt.getEpochSecond();
            reachedNanos[slot] = reachedAt.getNano();
        }
    }

    void setReachedAt(int subject, Instant reachedAt) {
        int slot = slot(subject, false);
        if (slot >= 0) {
            reachedSeconds[slot] = reachedAt == null ? NONE : reachedAt.getEpochSecond();
            reachedNanos[slot] = reachedAt == null ? 0 : reachedAt.getNano();
        }
    }

    long points(int subject) {
        int slot = slot(subject, false);
        return slot < 0 ? 0 : points[slot];
    }

    /** Adds one subject's counter to another's and empties it (an account merge). */
    void moveInto(int from, int into) {
        int source = slot(from, false);
        if (source < 0) {
            return;
        }
        Instant reached = reachedSeconds[source] == NONE ? null
                : Instant.ofEpochSecond(reachedSeconds[source], reachedNanos[source]);
        apply(into, points[source], invited[source], reached);
        source = slot(from, false);
        points[source] = 0;
        invited[source] = 0;
        reachedSeconds[source] = NONE;
        reachedNanos[source] = 0;
    }

    private boolean later(long seconds, int nanos, int slot) {
        long s = reachedSeconds[slot];
        return s == NONE || seconds > s || seconds == s && nanos > reachedNanos[slot];
    }

    /** Open addressing from subject number to slot. */
    private int slot(int subject, boolean create) {
        int mask = table.length - 1;
        int i = mix(subject) & mask;
        while (table[i] >= 0) {
            if (subjects[table[i]] == subject) {
                return table[i];
            }
            i = (i + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        if (size == subjects.length) {
            int capacity = size * 2;
            subjects = Arrays.copyOf(subjects, capacity);
            points = Arrays.copyOf(points, capacity);
            invited = Arrays.copyOf(invited, capacity);
            reachedSeconds = Arrays.copyOf(reachedSeconds, capacity);
            reachedNanos = Arrays.copyOf(reachedNanos, capacity);
        }
        int slot = size++;
        subjects[slot] = subject;
        reachedSeconds[slot] = NONE;
        table[i] = slot;
        if (size * 2 > table.length) {
            rehash();
        }
        return slot;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int slot = 0; slot < size; slot++) {
            int i = mix(subjects[slot]) & mask;
            while (table[i] >= 0) {
                i = (i + 1) & mask;
            }
            table[i] = slot;
        }
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
