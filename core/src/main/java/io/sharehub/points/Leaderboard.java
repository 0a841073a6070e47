package io.sharehub.points;

import io.sharehub.Page;
import java.util.List;
import java.util.Optional;

/**
 * One leaderboard: the rows of a {@link BoardScope}, ordered by points descending, then
 * {@code invited} descending, then {@code reachedAt} ascending (who got there first), then id by
 * Unicode code point. Rows with 0 points or less are not listed.
 *
 * <p>A leaderboard is a cheap, immutable view: its scope is fixed when it is made ("this week" is
 * the week of the instant {@link Leaderboards#thisWeek()} was called), and every call reads the
 * current counts, or the cached snapshot when the hub has a
 * {@link LeaderboardCacheConfig leaderboard cache}. Thread-safe.
 *
 * <pre>{@code
 * Leaderboard board = hub.leaderboards().campaign("C1");
 * List<BoardRow> top10 = board.top(10);
 * Optional<BoardRow> mine = board.rankOf("U7");
 * Page<BoardRow> stores = board.units().dense().page(0, 20);
 * }</pre>
 */
public interface Leaderboard {

    /** @return what this board counts and ranks */
    BoardScope scope();

    /** @return how ranks are numbered; {@link Ranking#COMPETITION} unless asked otherwise */
    Ranking ranking();

    /** @return the same board ranking units (stores, dealers) instead of accounts */
    Leaderboard units();

    /** @return the same board with dense ranks (1, 2, 2, 3) */
    Leaderboard dense();

    /**
     * @param ranking how ranks are to be numbered
     * @return the same board with that ranking
     */
    Leaderboard ranked(Ranking ranking);

    /**
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the rows of that page, with the number of listed rows as the total
     * @throws io.sharehub.InvalidInputException if the page is negative or the size is not 1 to 1,000
     */
    Page<BoardRow> page(int page, int size);

    /**
     * @param n how many rows, 1 to 1,000
     * @return the first {@code n} rows: exactly {@code n} when that many are listed
     * @throws io.sharehub.InvalidInputException if {@code n} is not 1 to 1,000
     */
    List<BoardRow> top(int n);

    /**
     * "My rank".
     *
     * @param id an account, or a unit on a unit board
     * @return its row as the full list shows it, or empty when it is not listed
     */
    Optional<BoardRow> rankOf(String id);

    /**
     * A page and one id's own row, read from one snapshot.
     *
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @param id an account, or a unit on a unit board
     * @return the page and the row
     */
    Standings standings(int page, int size, String id);
}
