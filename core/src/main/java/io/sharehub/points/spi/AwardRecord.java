package io.sharehub.points.spi;

/**
 * One level of a recorded referral. Level 1 is always recorded, even with 0 points, because it
 * counts in {@code invited}; levels 2 and 3 only when they paid more than 0.
 *
 * @param level 1 to 3
 * @param account who holds the award now: the earner, or the account it was merged into
 * @param amount the points awarded, 0 or more (0 only at level 1)
 * @param unit the earner's unit when it was written, or {@code null}
 * @param taken after a reversal, the points taken from the balance; 0 before
 * @param debtAdded after a reversal, the points added to debt; 0 before
 */
public record AwardRecord(int level, String account, long amount, String unit, long taken, long debtAdded) {
    /**
     * @param taken the points taken from the balance
     * @param debtAdded the points added to debt
     * @return this award as reversed
     */
    public AwardRecord reversed(long taken, long debtAdded) {
        return new AwardRecord(level, account, amount, unit, taken, debtAdded);
    }
}
