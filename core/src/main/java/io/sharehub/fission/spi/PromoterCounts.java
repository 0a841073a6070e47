package io.sharehub.fission.spi;

/**
 * A promoter's counters in one campaign, or a change to add to them.
 *
 * @param shares share actions
 * @param reads visits through their links
 * @param referrals non-reversed level-1 referrals
 */
public record PromoterCounts(long shares, long reads, long referrals) {
}
