/**
 * Points and leaderboards: the append-only {@link io.sharehub.points.Points ledger} that fission
 * pays referral points into, with adjustments, redemptions, reversals and debt; and the
 * {@link io.sharehub.points.Leaderboards leaderboards} that rank what sharing earned, per campaign,
 * over any range of instants, and per unit (store or dealer). Reach them through
 * {@link io.sharehub.ShareHub#points()} and {@link io.sharehub.ShareHub#leaderboards()}.
 */
package io.sharehub.points;
