package io.sharehub.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.RankedRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CampaignBoardProperties {

    /**
     * Credits (with ties in points, invited and instants), debits, instants set back, rows
     * removed, with reads between them: every page (first ones too, which the board keeps between
     * changes that do not reach them), its total and every "my rank" equal a brute-force ranking.
     * Up to 300 rows, so that most changes fall below the 100 first rows the board keeps.
     */
    @Property(tries = 120)
    void pagesAndRanksEqualABruteForceRanking(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int accounts,
            @ForAll @IntRange(min = 1, max = 50) int pointRange, @ForAll @IntRange(min = 1, max = 400) int steps) {
        Random random = new Random(seed);
        CampaignBoard board = new CampaignBoard();
        Map<String, BruteBoard.Counter> model = new LinkedHashMap<>();
        for (int step = 0; step < steps; step++) {
            String id = "a" + random.nextInt(accounts);
            int what = random.nextInt(20);
            if (what < 14) {
                long points = random.nextInt(pointRange) + (what == 0 ? -pointRange / 2 : 1);
                long invited = random.nextInt(3);
                Instant reached = random.nextInt(4) == 0 ? null : Instant.ofEpochSecond(random.nextInt(5), random.nextInt(3));
                board.apply(id, points, invited, reached);
                BruteBoard.Counter old = model.getOrDefault(id, new BruteBoard.Counter(id, 0, 0, null));
                Instant later = old.reachedAt() == null || reached != null && reached.isAfter(old.reachedAt())
                        ? (reached == null ? old.reachedAt() : reached) : old.reachedAt();
                BruteBoard.Counter now = new BruteBoard.Counter(id, old.points() + points, old.invited() + invited, later);
                if (now.points() == 0 && now.invited() == 0) {
                    model.remove(id);
                } else {
                    model.put(id, now);
                }
            } else if (what < 16) {
                Instant reached = random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt(5));
                board.setReachedAt(id, reached);
                model.computeIfPresent(id, (k, c) -> new BruteBoard.Counter(k, c.points(), c.invited(), reached));
            } else if (what < 17) {
                CounterRow removed = board.remove(id);
                BruteBoard.Counter gone = model.remove(id);
                assertThat(removed == null).isEqualTo(gone == null);
                if (removed != null) {
                    assertThat(removed.points).isEqualTo(gone.points());
                }
            } else {
                read(board, model, random);
            }
        }
        read(board, model, random);
        for (String id : model.keySet()) {
            assertThat(board.points(id)).isEqualTo(model.get(id).points());
        }
    }

    private static void read(CampaignBoard board, Map<String, BruteBoard.Counter> model, Random random) {
        List<RankedRow> expected = BruteBoard.ranked(new ArrayList<>(model.values()));
        int[] limits = {1, 3, 10, 100, 120};
        int limit = limits[random.nextInt(limits.length)];
        long offset = random.nextInt(3) == 0 ? random.nextInt(expected.size() + 2) : 0;
        BoardSlice slice = board.slice(offset, limit);
        assertThat(slice.rows()).as("page %d+%d", offset, limit)
                .containsExactlyElementsOf(BruteBoard.page(expected, offset, limit));
        assertThat(slice.total()).isEqualTo(expected.size());
        // The top 10 again, from the rows kept by the read above when it was a first page.
        assertThat(board.slice(0, 10).rows()).containsExactlyElementsOf(BruteBoard.page(expected, 0, 10));
        for (RankedRow row : expected) {
            assertThat(board.row(row.id())).contains(row);
        }
        for (String id : model.keySet()) {
            if (model.get(id).points() <= 0) {
                assertThat(board.row(id)).isEqualTo(Optional.empty());
            }
        }
        assertThat(board.row("nobody")).isEmpty();
    }
}
