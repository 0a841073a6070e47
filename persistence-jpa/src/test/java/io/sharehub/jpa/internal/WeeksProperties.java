package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The week counters' blocks: 7 days from a Monday, each day in exactly one, before 1970 too. */
class WeeksProperties {

    @Property(tries = 2_000)
    void aDayLiesInTheWeekThatStartsOnItsMonday(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long day) {
        long week = Weeks.week(day);
        assertThat(Weeks.firstDay(week)).isLessThanOrEqualTo(day).isGreaterThan(day - 7);
        assertThat(LocalDate.ofEpochDay(Weeks.firstDay(week)).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Weeks.days(week)).hasSize(7).contains(day);
        assertThat(Weeks.firstDay(week + 1)).isEqualTo(Weeks.firstDay(week) + 7);
        // the first week that starts on or after the day, by brute force
        long first = day;
        while (LocalDate.ofEpochDay(first).getDayOfWeek() != DayOfWeek.MONDAY) {
            first++;
        }
        assertThat(Weeks.firstDay(Weeks.firstWeekFrom(day))).isEqualTo(first);
        // the scripts' formula, whose MOD keeps the sign of the day as Java's % does
        assertThat((day + 3 - ((day + 3) % 7 + 7) % 7) / 7).isEqualTo(week);
    }
}
