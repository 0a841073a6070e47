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
 * {@link RankTree}. The first rows last read are kept until the board next changes, so repeated
 * top-N reads between writes copy a list instead of walking the tree.
 */
final class CampaignBoard {
    /** The fewest first rows kept after a top-N read: a top-100 and every shorter top share them. */
    private static final int TOP_KEPT = 100;

    private final Map<String, CounterRow> rows = new HashMap<>();
    private final RankTree tree = new RankTree();
    private final ScoreTree scores = new ScoreTree();
    /** The first rows as of the last change, or {@code null}; readers sharing the lock may race to fill it. */
    private volatile List<RankedRow> top;

    /** Adds to a counter, creating it; a counter back at nothing is dropped. */
    void apply(String id, long points, long invited, Instant reachedAt) {
        CounterRow row = rows.computeIfAbsent(id, CounterRow::new);
        detach(row);
        row.points += points;
        row.invited += invited;
        row.reach(reachedAt);
        attach(row);
        if (row.points == 0 && row.invited == 0) {
            rows.remove(id);
        }
    }

    void setReachedAt(String id, Instant reachedAt) {
        CounterRow row = rows.get(id);
        if (row != null) {
            detach(row);
            row.setReachedAt(reachedAt);
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
        if (offset > 0) {
            return new BoardSlice(walk(offset, limit), tree.size());
        }
        // The same list instance while the board does not change, so callers may memoize on it.
        List<RankedRow> first = top;
        int wanted = Math.min(limit, tree.size());
        if (first == null || first.size() < wanted) {
            first = List.copyOf(walk(0, Math.max(limit, TOP_KEPT)));
            top = first;
        }
        return new BoardSlice(first.size() == wanted ? first : first.subList(0, wanted), tree.size());
    }

    private List<RankedRow> walk(long offset, int limit) {
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
            out.add(new RankedRow(row.id, row.points, row.invited, row.reachedAt(), rank, dense));
        });
        return out;
    }

    Optional<RankedRow> row(String id) {
        CounterRow row = rows.get(id);
        if (row == null || !row.listed()) {
            return Optional.empty();
        }
        return Optional.of(new RankedRow(row.id, row.points, row.invited, row.reachedAt(),
                scores.rowsAbove(row.points) + 1, scores.distinctAbove(row.points) + 1));
    }

    private void detach(CounterRow row) {
        top = null;
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
