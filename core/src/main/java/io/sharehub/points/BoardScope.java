package io.sharehub.points;

import io.sharehub.TimeRange;

/**
 * Which awards a leaderboard counts and what it ranks: the awards of one campaign, or the awards
 * whose instant lies in a range, across campaigns.
 *
 * @param campaignId the campaign, or {@code null} for a range
 * @param range the range of instants {@code [from, to)}, or {@code null} for a campaign
 * @param subject accounts or units
 */
public record BoardScope(String campaignId, TimeRange range, BoardSubject subject) {
    /**
     * @throws IllegalArgumentException unless exactly one of campaign and range is given, and a
     *     subject
     */
    public BoardScope {
        if ((campaignId == null) == (range == null) || subject == null) {
            throw new IllegalArgumentException("a board scope needs a campaign or a range, and a subject");
        }
    }

    /** @return whether this scope is one campaign's */
    public boolean isCampaign() {
        return campaignId != null;
    }
}
