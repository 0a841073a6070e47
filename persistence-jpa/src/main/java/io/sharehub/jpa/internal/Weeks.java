package io.sharehub.jpa.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The week counters' blocks ({@code ledger_week_counter}, V1_7): aligned blocks of 7 hub-zone
 * days, Monday to Sunday. Day numbers count from Thursday 1970-01-01, so week {@code w} holds the
 * days {@code 7w - 3} to {@code 7w + 3}; the scripts compute the same number as
 * {@code (day_no + 3 - MOD(MOD(day_no + 3, 7) + 7, 7)) / 7}.
 */
public final class Weeks {
    /** The days of a week. */
    static final int DAYS = 7;
    private static final int SHIFT = 3;

    private Weeks() {
    }

    /** @return the week that holds a day */
    public static long week(long day) {
        return Math.floorDiv(day + SHIFT, DAYS);
    }

    /** @return a week's first day */
    static long firstDay(long week) {
        return week * DAYS - SHIFT;
    }

    /** @return the first week that starts on or after a day */
    static long firstWeekFrom(long day) {
        return -Math.floorDiv(-(day + SHIFT), DAYS);
    }

    /** @return a week's 7 days, first to last */
    static List<Long> days(long week) {
        List<Long> days = new ArrayList<>(DAYS);
        for (long day = firstDay(week); day < firstDay(week + 1); day++) {
            days.add(day);
        }
        return days;
    }
}
