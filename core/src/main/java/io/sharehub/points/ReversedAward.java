package io.sharehub.points;

/**
 * How one award of a reversed referral was taken back.
 *
 * @param level the award's level, 1 to 3
 * @param account the account that held the award when it was reversed (after any merge)
 * @param amount the award's points; 0 for a level-1 sharer who was paid nothing
 * @param taken the points taken from the balance: {@code min(amount, balance)}, written as a
 *     {@link EntryReason#REVERSAL} entry when more than 0
 * @param debtAdded the rest, {@code amount - taken}, added to the account's debt
 */
public record ReversedAward(int level, String account, long amount, long taken, long debtAdded) {
}
