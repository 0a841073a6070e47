package io.sharehub.fission;

/**
 * Points one level of a referral paid.
 *
 * @param level 1 (the sharer), 2 or 3
 * @param account who was paid
 * @param points how many; after a daily cap this may be less than the rule says
 */
public record Payout(int level, String account, long points) {
}
