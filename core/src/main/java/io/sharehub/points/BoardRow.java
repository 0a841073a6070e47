package io.sharehub.points;

import java.time.Instant;

/**
 * One row of a leaderboard.
 *
 * @param rank the rank, from 1, by points only: competition ranks (1, 2, 2, 4) or, when the board
 *     asks for them, dense ranks (1, 2, 2, 3)
 * @param id the account, or the unit on a unit board
 * @param points the sum of the non-reversed referral awards in scope, all levels; always more
 *     than 0 on a listed row
 * @param invited the number of non-reversed level-1 referrals in scope (paid or not)
 * @param reachedAt the instant of the latest award counted: who got there first ranks first
 */
public record BoardRow(long rank, String id, long points, long invited, Instant reachedAt) {
}
