package io.sharehub.store.memory;

import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.RankedRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counters of one campaign, per account or per unit, kept ranked as they change: "my rank"
 * is a hash lookup plus O(log d) in the {@link ScoreTree}, a page of n rows O(log n + n) in the
 * {@link RankTree}.
 */
final class CampaignBoard {
    private final Map<String, CounterRow> rows = new HashMap<>();
    private final RankTree tree = new RankTree();
    private final ScoreTree scores = new ScoreTree();

    /** Adds to a counter, creating it; a counter back at nothing is dropped. */
    void apply(String id, long points, long invited, Instant reachedAt) {
        CounterRow row = rows.computeIfAbsent(id, CounterRow::new);
        detach(row);
        row.points += points;
        row.invited += invited;
        if (reachedAt != null && (row.reachedAt == null || reachedAt.isAfter(row.reachedAt))) {
            row.reachedAt = reachedAt;
        }
        attach(row);
        if (row.points == 0 && row.invited == 0) {
            rows.remove(id);
        }
    }

    void setReachedAt(String id, Instant reachedAt) {
        CounterRow row = rows.get(id);
        if (row != null) {
            detach(row);
            row.reachedAt = reachedAt;
            attach(row);
        }
    }

    /** @return the counter of {@code id}, removed from this board, or {@code null} */
    CounterRow remove(String id) {
        CounterRow row = rows.remove(id);
        if (row != null) {
            detach(row);
        }
        return row;
    }

    long points(String id) {
        CounterRow row = rows.get(id);
        return row == null ? 0 : row.points;
    }

    BoardSlice slice(long offset, int limit) {
        List<RankedRow> out = new ArrayList<>(Math.min(limit, tree.size()));
        tree.visit(offset, limit, row -> {
            long rank;
            long dense;
            if (out.isEmpty()) {
                rank = scores.rowsAbove(row.points) + 1;
                dense = scores.distinctAbove(row.points) + 1;
            } else {
                RankedRow previous = out.get(out.size() - 1);
                boolean tie = previous.points() == row.points;
                rank = tie ? previous.rank() : offset + out.size() + 1;
                dense = tie ? previous.denseRank() : previous.denseRank() + 1;
            }
            out.add(new RankedRow(row.id, row.points, row.invited, row.reachedAt, rank, dense));
        });
        return new BoardSlice(out, tree.size());
    }

    Optional<RankedRow> row(String id) {
        CounterRow row = rows.get(id);
        if (row == null || !row.listed()) {
            return Optional.empty();
        }
        return Optional.of(new RankedRow(row.id, row.points, row.invited, row.reachedAt,
                scores.rowsAbove(row.points) + 1, scores.distinctAbove(row.points) + 1));
    }

    private void detach(CounterRow row) {
        if (row.listed()) {
            tree.remove(row);
            scores.add(row.points, -1);
        }
    }

    private void attach(CounterRow row) {
        if (row.listed()) {
            tree.insert(row);
            scores.add(row.points, 1);
        }
    }
}
