package io.sharehub.points;

/** Why a ledger entry was written. */
public enum EntryReason {
    /** Points for a new referral the account's own link brought (level 1, the sharer). */
    REFERRAL_L1,
    /** Points for a referral brought by someone the account referred (level 2). */
    REFERRAL_L2,
    /** Points for a referral two steps below the account in the share graph (level 3). */
    REFERRAL_L3,
    /** A manual correction by the host, positive or negative. */
    ADJUSTMENT,
    /** Points spent: exchanged for a gift, a coupon, cash. Always negative. */
    REDEMPTION,
    /** Points taken back because a referral was reversed. Always negative; never below zero. */
    REVERSAL,
    /** Points that paid back debt right after a positive entry. Always negative. */
    DEBT_REPAYMENT;

    /**
     * @param level a referral level, 1 to 3
     * @return the reason of a referral award at that level
     * @throws IllegalArgumentException if the level is not 1, 2 or 3
     */
    public static EntryReason referral(int level) {
        return switch (level) {
            case 1 -> REFERRAL_L1;
            case 2 -> REFERRAL_L2;
            case 3 -> REFERRAL_L3;
            default -> throw new IllegalArgumentException("referral levels are 1 to 3, but was " + level);
        };
    }

    /** @return whether this reason is a referral award of some level */
    public boolean isReferral() {
        return this == REFERRAL_L1 || this == REFERRAL_L2 || this == REFERRAL_L3;
    }
}
