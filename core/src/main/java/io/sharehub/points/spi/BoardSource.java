package io.sharehub.points.spi;

import io.sharehub.points.BoardSubject;
import java.util.List;

/**
 * What a leaderboard read counts. Either one campaign's counters, or a range cut by the core into
 * whole hub-zone days and at most two partial edge days: the store sums the per-day counters of
 * the days {@code [fromDay, toDay)} and adds the non-reversed awards of each edge.
 *
 * @param subject accounts or units
 * @param campaignId the campaign, or {@code null} for a range
 * @param fromDay the first whole day of a range (days since 1970-01-01)
 * @param toDay the day after the last whole day; equal to {@code fromDay} when there is none
 * @param edges the partial days of a range, at most two
 */
public record BoardSource(BoardSubject subject, String campaignId, long fromDay, long toDay, List<DayEdge> edges) {
    /** Copies the edges. */
    public BoardSource {
        edges = List.copyOf(edges);
    }

    /**
     * @param subject accounts or units
     * @param campaignId the campaign
     * @return the source of a campaign board
     */
    public static BoardSource campaign(BoardSubject subject, String campaignId) {
        return new BoardSource(subject, campaignId, 0, 0, List.of());
    }

    /** @return whether this is a campaign board */
    public boolean isCampaign() {
        return campaignId != null;
    }
}
