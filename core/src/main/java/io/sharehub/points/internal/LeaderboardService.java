package io.sharehub.points.internal;

import io.sharehub.TimeRange;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import io.sharehub.points.BoardScope;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.LeaderboardCacheConfig;
import io.sharehub.points.Leaderboards;
import io.sharehub.points.Ranking;
import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.LedgerStore;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The leaderboards over a {@link LedgerStore}, with the optional snapshot cache. */
public final class LeaderboardService implements Leaderboards {
    private final HubContext hub;
    private final LedgerStore store;
    private final BoardCache cache;

    /**
     * @param hub the hub's stores, clock and zone
     * @param cacheConfig the cache, or {@code null} for none
     */
    public LeaderboardService(HubContext hub, LeaderboardCacheConfig cacheConfig) {
        this.hub = hub;
        this.store = hub.stores().ledger();
        this.cache = cacheConfig == null ? null : new BoardCache(cacheConfig, hub.clock());
    }

    /** Drops every cached snapshot; run after this instance committed a write that moves boards. */
    public void boardsChanged() {
        if (cache != null) {
            cache.invalidate();
        }
    }

    @Override
    public Leaderboard campaign(String campaignId) {
        return of(new BoardScope(Check.id("campaignId", campaignId), null, BoardSubject.ACCOUNTS));
    }

    @Override
    public Leaderboard range(TimeRange range) {
        return of(new BoardScope(null, Check.given("range", range), BoardSubject.ACCOUNTS));
    }

    @Override
    public Leaderboard today() {
        LocalDate today = today(hub.zone());
        return range(days(today, today.plusDays(1)));
    }

    @Override
    public Leaderboard thisWeek() {
        LocalDate monday = today(hub.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return range(days(monday, monday.plusWeeks(1)));
    }

    @Override
    public Leaderboard thisMonth() {
        LocalDate first = today(hub.zone()).withDayOfMonth(1);
        return range(days(first, first.plusMonths(1)));
    }

    @Override
    public Leaderboard of(BoardScope scope) {
        Check.given("scope", scope);
        BoardSource source;
        if (scope.isCampaign()) {
            source = BoardSource.campaign(scope.subject(), Check.id("campaignId", scope.campaignId()));
        } else {
            source = scope.range().isEmpty() ? null : DaySpans.of(scope.subject(), scope.range(), hub.zone());
        }
        return new LeaderboardView(this, scope, Ranking.COMPETITION, source);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(hub.now(), zone);
    }

    private TimeRange days(LocalDate first, LocalDate end) {
        ZoneId zone = hub.zone();
        return TimeRange.of(first.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
    }

    // ---------------------------------------------------------------- for the views

    HubContext hub() {
        return hub;
    }

    LedgerStore store() {
        return store;
    }

    /**
     * @param source a board
     * @param load whether to read a snapshot when none is cached
     * @return the board's current snapshot, or {@code null} without a cache, or when none is
     *     cached and {@code load} is false
     */
    BoardSnapshot snapshot(BoardSource source, boolean load) {
        if (cache == null) {
            return null;
        }
        BoardSnapshot snapshot = cache.get(source);
        if (snapshot == null && load) {
            long generation = cache.generation();
            BoardSlice slice = hub.tx().read(() -> store.board(source, 0, cache.depth()));
            snapshot = BoardSnapshot.of(slice.rows(), slice.total(), generation);
            cache.put(source, snapshot);
        }
        return snapshot;
    }

    /** @return how many rows a snapshot holds, 0 without a cache */
    int cacheDepth() {
        return cache == null ? 0 : cache.depth();
    }
}
