package io.sharehub.points.spi;

import java.time.Instant;

/**
 * A leaderboard row as a store returns it, with both rank kinds.
 *
 * @param id the account or unit
 * @param points the points in scope, more than 0
 * @param invited the non-reversed level-1 referrals in scope
 * @param reachedAt the instant of the latest award counted
 * @param rank 1 + the number of listed rows with strictly more points
 * @param denseRank 1 + the number of distinct point totals strictly above this row's
 */
public record RankedRow(String id, long points, long invited, Instant reachedAt, long rank, long denseRank) {
}
