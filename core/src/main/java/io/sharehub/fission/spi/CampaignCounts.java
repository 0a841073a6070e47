package io.sharehub.fission.spi;

import io.sharehub.fission.Channel;

/**
 * A campaign's counters, or a change to add to them.
 *
 * @param reads recorded visits
 * @param uniqueVisitors distinct visitors
 * @param sharers distinct sharers
 * @param newReferrals non-reversed referrals
 * @param channel the channel of {@code shares}, or {@code null} when {@code shares} is 0
 * @param shares share actions through that channel
 */
public record CampaignCounts(long reads, long uniqueVisitors, long sharers, long newReferrals, Channel channel,
        long shares) {
}
