package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A credited referral under its id (the primary key); a reversal locks its row and sets
 * {@code reversed_ns}. Its awards are {@link LedgerAward} rows.
 */
@Entity
@Table(name = "ledger_referral")
public class LedgerReferral {
    @Id
    @Column(name = "referral_id", length = 128, nullable = false)
    private String referralId;

    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "at_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal atNs;

    @Column(name = "day_no", nullable = false)
    private long dayNo;

    @Column(name = "payload", length = 4000, nullable = false)
    private String payload;

    @Column(name = "reversed_ns", precision = 38, scale = 0)
    private BigDecimal reversedNs;

    /** For the provider. */
    protected LedgerReferral() {
    }

    /**
     * @param referralId the id
     * @param campaignId the campaign
     * @param atNs the instant in epoch nanoseconds
     * @param dayNo the hub-zone day
     * @param payload the credit as asked for
     */
    public LedgerReferral(String referralId, String campaignId, BigDecimal atNs, long dayNo, String payload) {
        this.referralId = referralId;
        this.campaignId = campaignId;
        this.atNs = atNs;
        this.dayNo = dayNo;
        this.payload = payload;
    }
}
