package io.sharehub.store.memory;

import io.sharehub.Ids;
import io.sharehub.points.spi.RankedRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A board ranked the slow, obvious way: sort every listed row, then count ranks from the top. */
final class BruteBoard {
    /** One counter; {@code reachedAt} {@code null} sorts before any instant. */
    record Counter(String id, long points, long invited, Instant reachedAt) {
    }

    private static final Comparator<Counter> ORDER = Comparator.comparingLong(Counter::points).reversed()
            .thenComparing(Comparator.comparingLong(Counter::invited).reversed())
            .thenComparing(Counter::reachedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Counter::id, Ids::compare);

    private BruteBoard() {
    }

    /** @return the rows with more than 0 points in board order, ranked */
    static List<RankedRow> ranked(List<Counter> counters) {
        List<Counter> listed = new ArrayList<>();
        for (Counter c : counters) {
            if (c.points() > 0) {
                listed.add(c);
            }
        }
        listed.sort(ORDER);
        List<RankedRow> out = new ArrayList<>(listed.size());
        for (Counter c : listed) {
            long above = 0;
            List<Long> distinct = new ArrayList<>();
            for (Counter o : listed) {
                if (o.points() > c.points()) {
                    above++;
                    if (!distinct.contains(o.points())) {
                        distinct.add(o.points());
                    }
                }
            }
            out.add(new RankedRow(c.id(), c.points(), c.invited(), c.reachedAt(), above + 1, distinct.size() + 1));
        }
        return out;
    }

    static List<RankedRow> page(List<RankedRow> ranked, long offset, int limit) {
        if (offset >= ranked.size()) {
            return List.of();
        }
        return ranked.subList((int) offset, (int) Math.min(ranked.size(), offset + limit));
    }
}
