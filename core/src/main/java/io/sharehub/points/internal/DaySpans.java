package io.sharehub.points.internal;

import io.sharehub.TimeRange;
import io.sharehub.internal.Time;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.DayEdge;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range of instants into the whole hub-zone days it covers and the partial days at its
 * edges, so that a store answers it from per-day counters plus the awards of at most two days.
 */
final class DaySpans {
    private DaySpans() {
    }

    /**
     * @param subject accounts or units
     * @param range a non-empty range
     * @param zone the hub's zone
     * @return what a store must count
     */
    static BoardSource of(BoardSubject subject, TimeRange range, ZoneId zone) {
        Instant from = range.from();
        Instant to = range.to();
        long firstDay = Time.day(from, zone);
        long lastDay = Time.day(to, zone);
        // Whole days are those whose start is at or after `from` and whose end is at or before `to`.
        long fullFrom = Time.startOfDay(firstDay, zone).equals(from) ? firstDay : firstDay + 1;
        long fullTo = lastDay;
        List<DayEdge> edges = new ArrayList<>(2);
        if (fullFrom < fullTo) {
            addEdge(edges, firstDay, from, Time.startOfDay(fullFrom, zone));
            addEdge(edges, lastDay, Time.startOfDay(lastDay, zone), to);
            return new BoardSource(subject, null, fullFrom, fullTo, edges);
        }
        if (firstDay == lastDay) {
            addEdge(edges, firstDay, from, to);
        } else {
            // No whole day: the range spans the end of one day and the start of the next.
            Instant split = Time.startOfDay(lastDay, zone);
            addEdge(edges, firstDay, from, split);
            addEdge(edges, lastDay, split, to);
        }
        return new BoardSource(subject, null, 0, 0, edges);
    }

    private static void addEdge(List<DayEdge> edges, long day, Instant from, Instant to) {
        if (from.isBefore(to)) {
            edges.add(new DayEdge(day, from, to));
        }
    }
}
