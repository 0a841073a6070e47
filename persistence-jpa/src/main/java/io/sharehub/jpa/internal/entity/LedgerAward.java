package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One level of a referral, a row of its own so that a merge moving it never waits on the
 * referral's row. It copies the referral's campaign, day and instant, and its reversal mark, so
 * that edge days of range boards and {@code reachedAt} read this table alone.
 */
@Entity
@Table(name = "ledger_award")
@IdClass(LedgerAward.Key.class)
public class LedgerAward {
    @Id
    @Column(name = "referral_id", length = 128, nullable = false)
    private String referralId;

    @Id
    @Column(name = "award_level", nullable = false)
    private int awardLevel;

    @Column(name = "account", length = 128, nullable = false)
    private String account;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "unit", length = 128)
    private String unit;

    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "day_no", nullable = false)
    private long dayNo;

    @Column(name = "at_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal atNs;

    @Column(name = "reversed", nullable = false)
    private boolean reversed;

    @Column(name = "taken", nullable = false)
    private long taken;

    @Column(name = "debt_added", nullable = false)
    private long debtAdded;

    /** For the provider. */
    protected LedgerAward() {
    }

    /**
     * A new award, not reversed.
     *
     * @param referralId the referral
     * @param awardLevel 1 to 3
     * @param account the earner
     * @param amount the points
     * @param unit the earner's unit, or {@code null}
     * @param campaignId the referral's campaign
     * @param dayNo the referral's hub-zone day
     * @param atNs the referral's instant in epoch nanoseconds
     */
    public LedgerAward(String referralId, int awardLevel, String account, long amount, String unit, String campaignId,
            long dayNo, BigDecimal atNs) {
        this.referralId = referralId;
        this.awardLevel = awardLevel;
        this.account = account;
        this.amount = amount;
        this.unit = unit;
        this.campaignId = campaignId;
        this.dayNo = dayNo;
        this.atNs = atNs;
    }

    /** The primary key: referral and level. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String referralId;
        private int awardLevel;

        /** For the provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && awardLevel == key.awardLevel && Objects.equals(referralId, key.referralId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(referralId, awardLevel);
        }
    }
}
