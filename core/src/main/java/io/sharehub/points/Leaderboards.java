package io.sharehub.points;

import io.sharehub.TimeRange;

/**
 * The leaderboards: who earned the most by sharing. They rank referral awards, not the spendable
 * balance: redemptions and adjustments do not move them, reversed referrals leave them.
 *
 * <p>"Today", "this week" (Monday start) and "this month" are computed in the hub's zone
 * ({@link io.sharehub.ShareHub#zone()}), whatever the JVM's default zone, at the hub clock's
 * current instant. Ranges are exact to the instant, mid-day edges included.
 *
 * <p>Thread-safe.
 */
public interface Leaderboards {

    /**
     * @param campaignId a campaign
     * @return the board of the awards of that campaign, all time
     * @throws io.sharehub.InvalidInputException if the id is blank
     */
    Leaderboard campaign(String campaignId);

    /**
     * @param range instants {@code [from, to)}; {@code from == to} gives an empty board
     * @return the board of the awards whose instant lies in the range, across campaigns
     * @throws io.sharehub.InvalidInputException if the range is missing
     */
    Leaderboard range(TimeRange range);

    /** @return the board of today, in the hub's zone */
    Leaderboard today();

    /** @return the board of this week, Monday 00:00 to the next Monday 00:00 in the hub's zone */
    Leaderboard thisWeek();

    /** @return the board of this month, the 1st 00:00 to the next month's 1st in the hub's zone */
    Leaderboard thisMonth();

    /**
     * @param scope a campaign or a range, and a subject
     * @return the board of that scope
     */
    Leaderboard of(BoardScope scope);
}
