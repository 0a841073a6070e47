package io.sharehub.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.RankedRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RangeBoardProperties {

    /**
     * Days of counters (with ties, debits, counters emptied back to nothing) and edge awards
     * summed into one board, then read many times in any order, as a kept board is: every page,
     * its total and every subject's row equal a brute-force sum and ranking.
     */
    @Property(tries = 150)
    void pagesAndRowsEqualABruteForceSum(@ForAll long seed, @ForAll @IntRange(min = 1, max = 250) int subjects,
            @ForAll @IntRange(min = 0, max = 6) int days, @ForAll @IntRange(min = 1, max = 30) int pointRange,
            @ForAll @IntRange(min = 0, max = 40) int edgeAwards) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            // Ids whose code-point order differs from their numbers.
            names.add(random.nextBoolean() ? "u" + (subjects - i) : "帐" + i);
        }
        long[] points = new long[subjects];
        long[] invited = new long[subjects];
        Instant[] reached = new Instant[subjects];
        RangeBoard board = new RangeBoard(names);
        for (int d = 0; d < days; d++) {
            DayCounters day = new DayCounters();
            long[] dayPoints = new long[subjects];
            long[] dayInvited = new long[subjects];
            Instant[] dayReached = new Instant[subjects];
            int credits = random.nextInt(subjects * 2 + 1);
            for (int c = 0; c < credits; c++) {
                int s = random.nextInt(subjects);
                long p = random.nextInt(pointRange + 1) - (random.nextInt(6) == 0 ? pointRange : 0);
                long inv = random.nextInt(2);
                Instant at = random.nextInt(3) == 0 ? null
                        : Instant.ofEpochSecond(d * 10L + random.nextInt(3), random.nextInt(2));
                day.apply(s, p, inv, at);
                dayPoints[s] += p;
                dayInvited[s] += inv;
                dayReached[s] = later(dayReached[s], at);
            }
            if (random.nextBoolean() && credits > 0) {
                // A counter emptied back to nothing (as a reversal leaves it) counts nothing.
                int s = random.nextInt(subjects);
                day.apply(s, -dayPoints[s], -dayInvited[s], null);
                dayPoints[s] = 0;
                dayInvited[s] = 0;
            }
            board.add(day);
            for (int s = 0; s < subjects; s++) {
                if (dayPoints[s] != 0 || dayInvited[s] != 0) {
                    points[s] += dayPoints[s];
                    invited[s] += dayInvited[s];
                    reached[s] = later(reached[s], dayReached[s]);
                }
            }
        }
        for (int a = 0; a < edgeAwards; a++) {
            int s = random.nextInt(subjects);
            long amount = random.nextInt(pointRange + 1) - (random.nextInt(5) == 0 ? pointRange : 0);
            long inv = random.nextInt(2);
            Instant at = Instant.ofEpochSecond(100 + random.nextInt(4), random.nextInt(2));
            board.add(s, amount, inv, amount > 0 ? at.getEpochSecond() : DayCounters.NONE, at.getNano());
            points[s] += amount;
            invited[s] += inv;
            if (amount > 0) {
                reached[s] = later(reached[s], at);
            }
        }
        board.seal();
        List<BruteBoard.Counter> counters = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            counters.add(new BruteBoard.Counter(names.get(s), points[s], invited[s], reached[s]));
        }
        List<RankedRow> expected = BruteBoard.ranked(counters);
        int[] limits = {1, 5, 20, 100, 150, 300};
        for (int read = 0; read < 8; read++) {
            int limit = limits[random.nextInt(limits.length)];
            long offset = random.nextBoolean() ? 0 : random.nextInt(expected.size() + 2);
            BoardSlice slice = board.slice(offset, limit);
            assertThat(slice.rows()).as("page %d+%d", offset, limit)
                    .containsExactlyElementsOf(BruteBoard.page(expected, offset, limit));
            assertThat(slice.total()).isEqualTo(expected.size());
        }
        for (int s = 0; s < subjects; s++) {
            String id = names.get(s);
            assertThat(board.row(s)).isEqualTo(expected.stream().filter(r -> r.id().equals(id)).findFirst());
        }
        assertThat(board.row(-1)).isEmpty();
        assertThat(board.row(subjects)).isEmpty();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }
}
