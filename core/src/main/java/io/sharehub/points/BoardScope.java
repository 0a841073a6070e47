package io.sharehub.points;

import io.sharehub.InvalidInputException;
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
     * @throws io.sharehub.InvalidInputException unless exactly one of campaign and range is given,
     *     and a subject
     */
    public BoardScope {
        if ((campaignId == null) == (range == null)) {
            throw new InvalidInputException("scope", "must name either a campaign or a range",
                    "campaign " + campaignId + ", range " + range);
        }
        if (subject == null) {
            throw new InvalidInputException("subject", "must be given", null);
        }
    }

    /** @return whether this scope is one campaign's */
    public boolean isCampaign() {
        return campaignId != null;
    }
}
