package io.sharehub.points;

import java.time.Instant;
import java.util.List;

/**
 * Everything one new referral pays, credited at once by {@link Points#credit}.
 *
 * <p>The awards are the chain up the campaign's share graph, level 1 first: level 1 is always
 * present and names the sharer, who counts one more {@code invited} even when their amount is 0;
 * levels 2 and 3 follow when the chain is that deep. At most three levels, by law.
 *
 * <p>With a daily cap, each award is cut to what its account may still earn on the referral's day
 * in the hub's zone (referral points of all levels and campaigns, as {@link Points#earnedOn}
 * counts them), then to 0. The ledger applies the cap while it holds the account's lock, so
 * referrals racing for the same account never pay past it.
 *
 * @param referralId the referral's id, unique across the hub; it is also the credit's idempotency id
 * @param campaignId the campaign the referral happened in
 * @param instant when the referral happened; {@code null} for the hub clock's now
 * @param awards the awards, levels 1, 2, 3 in order (one to three of them), before any cap
 * @param dailyCap the most referral points one account may earn per hub-zone day, or
 *     {@code null} for no cap
 */
public record ReferralCredit(String referralId, String campaignId, Instant instant, List<ReferralAward> awards,
        Long dailyCap) {
    /**
     * Copies the awards.
     */
    public ReferralCredit {
        awards = awards == null ? null : List.copyOf(awards);
    }

    /**
     * A credit without a daily cap.
     *
     * @param referralId the referral's id
     * @param campaignId the campaign
     * @param instant when it happened, or {@code null} for now
     * @param awards the awards, level 1 first
     */
    public ReferralCredit(String referralId, String campaignId, Instant instant, List<ReferralAward> awards) {
        this(referralId, campaignId, instant, awards, null);
    }

    /**
     * @param referralId the referral's id
     * @param campaignId the campaign
     * @param instant when it happened, or {@code null} for now
     * @param awards the awards, level 1 first
     * @return the credit, without a daily cap
     */
    public static ReferralCredit of(String referralId, String campaignId, Instant instant, List<ReferralAward> awards) {
        return new ReferralCredit(referralId, campaignId, instant, awards, null);
    }

    /**
     * @param referralId the referral's id
     * @param campaignId the campaign
     * @param instant when it happened, or {@code null} for now
     * @param awards the awards, level 1 first
     * @return the credit
     */
    public static ReferralCredit of(String referralId, String campaignId, Instant instant, ReferralAward... awards) {
        return new ReferralCredit(referralId, campaignId, instant, List.of(awards), null);
    }

    /**
     * @param cap the most referral points one account may earn per hub-zone day, 0 or more
     * @return this credit with that daily cap
     */
    public ReferralCredit withDailyCap(long cap) {
        return new ReferralCredit(referralId, campaignId, instant, awards, cap);
    }

    /** @return the level-1 account, the sharer whose link brought the visitor */
    public String sharer() {
        return awards == null || awards.isEmpty() ? null : awards.get(0).account();
    }
}
