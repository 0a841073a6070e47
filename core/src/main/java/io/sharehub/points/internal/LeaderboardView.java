package io.sharehub.points.internal;

import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.internal.Check;
import io.sharehub.points.BoardRow;
import io.sharehub.points.BoardScope;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.Ranking;
import io.sharehub.points.Standings;
import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.RankedRow;
import java.util.List;
import java.util.Optional;

/** One board's scope, subject and ranking; reads through the service. */
final class LeaderboardView implements Leaderboard {
    private final LeaderboardService service;
    private final BoardScope scope;
    private final Ranking ranking;
    /** What the store counts; {@code null} for an empty range, which lists nothing. */
    private final BoardSource source;
    /** The rows last mapped, by the identity of the store's immutable list they came from. */
    private volatile Mapped mapped;

    private record Mapped(List<RankedRow> from, List<BoardRow> rows) {
    }

    LeaderboardView(LeaderboardService service, BoardScope scope, Ranking ranking, BoardSource source) {
        this.service = service;
        this.scope = scope;
        this.ranking = ranking;
        this.source = source;
    }

    @Override
    public BoardScope scope() {
        return scope;
    }

    @Override
    public Ranking ranking() {
        return ranking;
    }

    @Override
    public Leaderboard units() {
        if (scope.subject() == BoardSubject.UNITS) {
            return this;
        }
        BoardScope units = new BoardScope(scope.campaignId(), scope.range(), BoardSubject.UNITS);
        BoardSource unitSource = source == null ? null
                : new BoardSource(BoardSubject.UNITS, source.campaignId(), source.fromDay(), source.toDay(),
                        source.edges());
        return new LeaderboardView(service, units, ranking, unitSource);
    }

    @Override
    public Leaderboard dense() {
        return ranked(Ranking.DENSE);
    }

    @Override
    public Leaderboard ranked(Ranking newRanking) {
        Check.given("ranking", newRanking);
        return newRanking == ranking ? this : new LeaderboardView(service, scope, newRanking, source);
    }

    @Override
    public Page<BoardRow> page(int page, int size) {
        Page.check(page, size);
        if (source == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        long offset = (long) page * size;
        BoardSnapshot snapshot = service.snapshot(source, offset + size <= service.cacheDepth());
        if (snapshot != null && snapshot.covers(offset, size)) {
            return pageOf(snapshot, page, size);
        }
        BoardSlice slice = service.hub().tx().read(() -> service.store().board(source, offset, size));
        return new Page<>(rows(slice.rows()), page, size, slice.total());
    }

    @Override
    public List<BoardRow> top(int n) {
        if (n < 1 || n > Page.MAX_SIZE) {
            throw new InvalidInputException("n", "must be from 1 to " + Page.MAX_SIZE, n);
        }
        return page(0, n).items();
    }

    @Override
    public Optional<BoardRow> rankOf(String id) {
        Check.id("id", id);
        if (source == null) {
            return Optional.empty();
        }
        BoardSnapshot snapshot = service.snapshot(source, true);
        if (snapshot != null && snapshot.knows(id)) {
            return Optional.ofNullable(snapshot.byId().get(id)).map(this::row);
        }
        return service.hub().tx().read(() -> service.store().boardRow(source, id)).map(this::row);
    }

    @Override
    public Standings standings(int page, int size, String id) {
        Page.check(page, size);
        Check.id("id", id);
        if (source == null) {
            return new Standings(new Page<>(List.of(), page, size, 0), Optional.empty());
        }
        long offset = (long) page * size;
        BoardSnapshot snapshot = service.snapshot(source, offset + size <= service.cacheDepth());
        if (snapshot != null && snapshot.covers(offset, size) && snapshot.knows(id)) {
            return new Standings(pageOf(snapshot, page, size),
                    Optional.ofNullable(snapshot.byId().get(id)).map(this::row));
        }
        return service.hub().tx().read(() -> {
            BoardSlice slice = service.store().board(source, offset, size);
            Optional<RankedRow> me = service.store().boardRow(source, id);
            return new Standings(new Page<>(rows(slice.rows()), page, size, slice.total()), me.map(this::row));
        });
    }

    private Page<BoardRow> pageOf(BoardSnapshot snapshot, int page, int size) {
        List<RankedRow> rows = snapshot.rows();
        int from = (int) Math.min((long) page * size, rows.size());
        int to = (int) Math.min((long) from + size, rows.size());
        return new Page<>(rows(from == 0 && to == rows.size() ? rows : rows.subList(from, to)), page, size,
                snapshot.total());
    }

    /**
     * Maps store rows to board rows. A store or snapshot that hands out the same immutable list
     * again (the board did not change) gets the same mapped list back: a repeated top-N costs no
     * allocation per row.
     */
    private List<BoardRow> rows(List<RankedRow> from) {
        Mapped last = mapped;
        if (last != null && last.from() == from) {
            return last.rows();
        }
        BoardRow[] out = new BoardRow[from.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = row(from.get(i));
        }
        List<BoardRow> rows = List.of(out);
        mapped = new Mapped(from, rows);
        return rows;
    }

    private BoardRow row(RankedRow row) {
        long rank = ranking == Ranking.DENSE ? row.denseRank() : row.rank();
        return new BoardRow(rank, row.id(), row.points(), row.invited(), row.reachedAt());
    }

    @Override
    public String toString() {
        return "Leaderboard" + scope + " " + ranking;
    }
}
