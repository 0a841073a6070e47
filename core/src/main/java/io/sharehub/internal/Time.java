package io.sharehub.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Day arithmetic in the hub's zone, which decides caps, buckets and "today". */
public final class Time {
    /** How far after the hub's clock an instant may lie before it is refused as a replay. */
    public static final java.time.Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private Time() {
    }

    /** The hub-zone day an instant falls on, as days since 1970-01-01. */
    public static long day(Instant instant, ZoneId zone) {
        if (zone instanceof java.time.ZoneOffset offset) {
            return Math.floorDiv(instant.getEpochSecond() + offset.getTotalSeconds(), 86_400L);
        }
        // the offset in force at that instant; cheaper than building a LocalDate
        return Math.floorDiv(instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds(), 86_400L);
    }

    /** The first instant of a hub-zone day. */
    public static Instant startOfDay(long epochDay, ZoneId zone) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant();
    }
}
