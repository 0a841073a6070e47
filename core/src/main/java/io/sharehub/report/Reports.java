package io.sharehub.report;

import io.sharehub.TimeRange;
import io.sharehub.engagement.Statistic;
import io.sharehub.export.Report;
import io.sharehub.fission.GraphLimits;
import io.sharehub.points.Leaderboard;

/**
 * Every list an administrator sees, as a {@link Report} to export with a
 * {@link io.sharehub.export.ReportWriter} (CSV in the core, XLSX with {@code sharehub-export-poi}).
 *
 * <p>Rows stream: a report reads its list a page at a time while a writer writes it, so memory
 * does not grow with its length. Person columns come from the hub's
 * {@link io.sharehub.people.ProfileDirectory}; personal ones are masked unless the request is
 * {@linkplain ReportRequest#unmaskedFor unmasked}. Reports of materials made for non-administrators
 * hold only what the viewer may list. Instants are shown in the hub's zone.
 *
 * <p>Thread-safe; a report may be written more than once and reads the current state each time.
 */
public interface Reports {

    /**
     * 素材统计: materials with their statistics, most popular first (ties by newest, then id).
     *
     * @param request who asks
     * @param by the statistic to sort by
     * @param range the range, or {@code null} for all time
     * @return the report
     */
    Report materialStats(ReportRequest request, Statistic by, TimeRange range);

    /**
     * 客户热度: people by heat now, hottest first, with their unit and owner.
     *
     * @param request who asks
     * @return the report
     */
    Report peopleByHeat(ReportRequest request);

    /**
     * 推广员: a campaign's promoters with their shares, reads brought, new referrals and points.
     *
     * @param request who asks
     * @param campaignId the campaign
     * @return the report
     */
    Report promoters(ReportRequest request, String campaignId);

    /**
     * 推广员访客: the visitors a promoter's links brought, with their entry channel and owner.
     *
     * @param request who asks
     * @param campaignId the campaign
     * @param promoterId the promoter
     * @return the report
     */
    Report promoterVisitors(ReportRequest request, String campaignId, String promoterId);

    /**
     * 分享关系: a campaign's share graph as a table, breadth first from the roots.
     *
     * @param request who asks
     * @param campaignId the campaign
     * @param limits depth and node limits
     * @return the report
     */
    Report shareGraph(ReportRequest request, String campaignId, GraphLimits limits);

    /**
     * 排行榜: any leaderboard, every ranked row.
     *
     * @param request who asks
     * @param board the board (per campaign, over a range, per unit, dense or not)
     * @return the report
     */
    Report leaderboard(ReportRequest request, Leaderboard board);

    /**
     * 积分流水: an account's ledger, newest first.
     *
     * @param request who asks
     * @param account the account
     * @return the report
     */
    Report ledger(ReportRequest request, String account);

    /**
     * 待审核推荐: referrals fraud rules flagged, newest first.
     *
     * @param request who asks
     * @return the report
     */
    Report flaggedReferrals(ReportRequest request);
}
