package io.sharehub.engagement.spi;

import io.sharehub.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a range {@code [from, to)} is answered: the events of its partial first day, whole-day
 * buckets in between, and the events of its partial last day. Computed by the core in the hub's
 * zone so that every store splits ranges the same way.
 *
 * @param range the whole range
 * @param head events in {@code [head.from, head.to)} are counted one by one (may be empty)
 * @param firstDay the first whole day, as days since 1970-01-01 in the hub's zone
 * @param endDay the day after the last whole day; no whole days when {@code endDay <= firstDay}
 * @param tail events in {@code [tail.from, tail.to)} are counted one by one (may be empty)
 */
public record RangePlan(TimeRange range, TimeRange head, long firstDay, long endDay, TimeRange tail) {

    /**
     * @param range the range
     * @param zone the hub's zone
     * @return the plan
     */
    public static RangePlan of(TimeRange range, ZoneId zone) {
        Instant from = range.from();
        Instant to = range.to();
        LocalDate fromDate = LocalDate.ofInstant(from, zone);
        LocalDate toDate = LocalDate.ofInstant(to, zone);
        Instant fromDayStart = fromDate.atStartOfDay(zone).toInstant();
        long firstDay = from.equals(fromDayStart) ? fromDate.toEpochDay() : fromDate.toEpochDay() + 1;
        long endDay = toDate.toEpochDay();
        if (endDay <= firstDay) {
            return new RangePlan(range, range, firstDay, firstDay, TimeRange.of(to, to));
        }
        Instant firstWhole = LocalDate.ofEpochDay(firstDay).atStartOfDay(zone).toInstant();
        Instant tailStart = toDate.atStartOfDay(zone).toInstant();
        return new RangePlan(range, TimeRange.of(from, firstWhole), firstDay, endDay, TimeRange.of(tailStart, to));
    }
}
