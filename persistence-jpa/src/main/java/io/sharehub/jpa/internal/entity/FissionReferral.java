package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A new referral, persisted as an entity; payouts are a JSON array of [level, account, points]
 * and flagged tells whether a fraud rule gave a reason.
 */
@Entity
@Table(name = "fission_referral")
public class FissionReferral {
    @Id
    @Column(name = "referral_id", length = 128, nullable = false)
    private String referralId;

    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "sharer_id", length = 128, nullable = false)
    private String sharerId;

    @Column(name = "visitor_id", length = 128, nullable = false)
    private String visitorId;

    @Column(name = "at_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal atNs;

    @Column(name = "entry_channel", length = 8, nullable = false)
    private String entryChannel;

    @Column(name = "flag_reason", length = 1000)
    private String flagReason;

    @Column(name = "flagged", nullable = false)
    private boolean flagged;

    @Column(name = "reversed", nullable = false)
    private boolean reversed;

    @Column(name = "payouts", length = 4000, nullable = false)
    private String payouts;

    /** For the provider. */
    protected FissionReferral() {
    }

    /**
     * @param referralId the id
     * @param campaignId the campaign
     * @param sharerId the sharer
     * @param visitorId the visitor
     * @param atNs when, in epoch nanoseconds
     * @param entryChannel the entry channel's name
     * @param flagReason why a fraud rule flagged it, or {@code null}
     * @param flagged whether {@code flagReason} is set
     * @param reversed whether it is reversed
     * @param payouts the payouts as JSON
     */
    public FissionReferral(String referralId, String campaignId, String sharerId, String visitorId,
            BigDecimal atNs, String entryChannel, String flagReason, boolean flagged, boolean reversed,
            String payouts) {
        this.referralId = referralId;
        this.campaignId = campaignId;
        this.sharerId = sharerId;
        this.visitorId = visitorId;
        this.atNs = atNs;
        this.entryChannel = entryChannel;
        this.flagReason = flagReason;
        this.flagged = flagged;
        this.reversed = reversed;
        this.payouts = payouts;
    }
}
