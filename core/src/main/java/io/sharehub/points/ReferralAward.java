package io.sharehub.points;

/**
 * What one level of a referral pays one account.
 *
 * @param level 1 for the sharer whose link brought the visitor, 2 for the sharer's parent in the
 *     share graph, 3 for that person's parent
 * @param account who earns it
 * @param amount whole points, 0 or more; 0 (a level the rule does not pay, or a daily cap
 *     reached) writes no entry and is no award
 * @param unit the store or dealer the earner belongs to, as last known when the award is written;
 *     {@code null} when unknown. Unit leaderboards sum awards by it.
 */
public record ReferralAward(int level, String account, long amount, String unit) {
    /**
     * @param level the level, 1 to 3
     * @param account who earns it
     * @param amount whole points, 0 or more
     * @return an award without a unit
     */
    public static ReferralAward of(int level, String account, long amount) {
        return new ReferralAward(level, account, amount, null);
    }
}
