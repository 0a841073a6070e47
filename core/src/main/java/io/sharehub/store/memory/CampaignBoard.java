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
 * is a hash lookup plus one walk of the array-backed {@link ScoreTree} (both ranks at once), a
 * page of n rows O(log n + n) in the {@link RankTree}. The first rows last read are kept until a
 * change reaches them: a change to a row that neither was among them nor enters them leaves them
 * as they are (every row above a kept row is kept too, so its ranks cannot change), so repeated
 * top-N reads copy a list instead of walking the tree, even between writes elsewhere on the board.
 */
final class CampaignBoard {
    /** The fewest first rows kept after a top-N read: a top-100 and every shorter top share them. */
    private static final int TOP_KEPT = 100;

    private final Map<String, CounterRow> rows = new HashMap<>();
    private final RankTree tree = new RankTree();
    private final ScoreTree scores = new ScoreTree();
    /** The first rows and the last of them, kept together. */
    private record Top(List<RankedRow> rows, CounterRow last) {
    }

    /**
     * The first rows as of the last change that reached them, or {@code null}; readers sharing
     * the lock may race to fill it (with equal lists), writers hold the lock alone.
     */
    private volatile Top top;

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
            return new BoardSlice(walk(offset, limit, null), tree.size());
        }
        // The same list instance while its rows do not change, so callers may memoize on it.
        Top kept = top;
        int wanted = Math.min(limit, tree.size());
        if (kept == null || kept.rows.size() < wanted) {
            List<CounterRow> rows = new ArrayList<>();
            List<RankedRow> first = List.copyOf(walk(0, Math.max(limit, TOP_KEPT), rows));
            kept = new Top(first, rows.isEmpty() ? null : rows.get(rows.size() - 1));
            top = kept;
        }
        List<RankedRow> first = kept.rows;
        return new BoardSlice(first.size() == wanted ? first : first.subList(0, wanted), tree.size());
    }

    /** @param visited where to add the rows walked, or {@code null} */
    private List<RankedRow> walk(long offset, int limit, List<CounterRow> visited) {
        List<RankedRow> out = new ArrayList<>(Math.min(limit, tree.size()));
        tree.visit(offset, limit, row -> {
            long rank;
            long dense;
            if (out.isEmpty()) {
                long above = scores.above(row.points);
                rank = ScoreTree.rowsAbove(above) + 1;
                dense = ScoreTree.distinctAbove(above) + 1;
            } else {
                RankedRow previous = out.get(out.size() - 1);
                boolean tie = previous.points() == row.points;
                rank = tie ? previous.rank() : offset + out.size() + 1;
                dense = tie ? previous.denseRank() : previous.denseRank() + 1;
            }
            out.add(new RankedRow(row.id, row.points, row.invited, row.reachedAt(), rank, dense));
            if (visited != null) {
                visited.add(row);
            }
        });
        return out;
    }

    Optional<RankedRow> row(String id) {
        CounterRow row = rows.get(id);
        if (row == null || !row.listed()) {
            return Optional.empty();
        }
        long above = scores.above(row.points);
        return Optional.of(new RankedRow(row.id, row.points, row.invited, row.reachedAt(),
                ScoreTree.rowsAbove(above) + 1, ScoreTree.distinctAbove(above) + 1));
    }

    /**
     * Drops the kept first rows when {@code row}, listed, is among them or would be: it is not
     * after the last kept row in board order. A row after it changes no kept row's ranks.
     */
    private void touch(CounterRow row) {
        Top kept = top;
        if (kept != null && row.listed() && (kept.last == null || CounterRow.compare(row, kept.last) <= 0)) {
            top = null;
        }
    }

    private void detach(CounterRow row) {
        touch(row);
        if (row.listed()) {
            tree.remove(row);
            scores.add(row.points, -1);
        }
    }

    private void attach(CounterRow row) {
        touch(row);
        if (row.listed()) {
            tree.insert(row);
            scores.add(row.points, 1);
        }
    }
}
