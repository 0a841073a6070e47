package io.sharehub.fission;

/**
 * One promoter of a campaign: someone who shared it.
 *
 * @param personId the promoter
 * @param shares their share actions
 * @param readsBrought visits through their links
 * @param newReferrals their non-reversed level-1 referrals
 * @param points points they earned in the campaign, all levels, reversed awards left out
 */
public record PromoterStats(String personId, long shares, long readsBrought, long newReferrals, long points) {
}
