package io.sharehub.fission;

import java.util.Map;

/**
 * A campaign's statistics.
 *
 * @param reads every recorded visit
 * @param uniqueVisitors distinct visitors (a merged person counts once)
 * @param sharers distinct people who shared it
 * @param shares share actions per channel (every action counts)
 * @param newReferrals new referrals, reversed ones left out
 */
public record CampaignStats(long reads, long uniqueVisitors, long sharers, Map<Channel, Long> shares,
        long newReferrals) {
    /** Copies the map. */
    public CampaignStats {
        shares = Map.copyOf(shares);
    }

    /** @return share actions over every channel */
    public long totalShares() {
        return shares.values().stream().mapToLong(Long::longValue).sum();
    }
}
