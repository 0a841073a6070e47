package io.sharehub.examples.replay;

import java.util.List;
import java.util.Map;

/**
 * What a replay counted, as {@code summary.json} shows it.
 *
 * @param campaigns cascades replayed
 * @param shares share actions (every one counts)
 * @param visits visits recorded
 * @param referrals new referrals
 * @param selfVisits visits of one's own link
 * @param participants nodes of all campaign graphs, summed
 * @param maxDepth the deepest node of any graph (a root is 0)
 * @param owners people with an owner
 * @param pointsAwarded points paid, all levels
 * @param payouts awards per level, {@code "1"}, {@code "2"}, {@code "3"}
 * @param overallTop the top 20 over all time
 * @param firstDayTop the top 20 over {@code [start, start + 1 day)}
 * @param firstCampaign the id of the first campaign
 * @param firstCampaignTop its top 10
 */
public record ReplaySummary(long campaigns, long shares, long visits, long referrals, long selfVisits,
        long participants, int maxDepth, long owners, long pointsAwarded, Map<String, Long> payouts,
        List<TopRow> overallTop, List<TopRow> firstDayTop, String firstCampaign, List<TopRow> firstCampaignTop) {

    /**
     * One leaderboard row.
     *
     * @param rank the competition rank
     * @param account the account
     * @param points its points in the board's scope
     * @param invited its non-reversed level-1 referrals in scope
     */
    public record TopRow(long rank, String account, long points, long invited) {
    }
}
