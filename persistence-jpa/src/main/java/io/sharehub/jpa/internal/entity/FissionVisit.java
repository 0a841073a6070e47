package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One recorded visit under its visit id (the primary key), persisted as an entity.
 */
@Entity
@Table(name = "fission_visit")
public class FissionVisit {
    @Id
    @Column(name = "visit_id", length = 128, nullable = false)
    private String visitId;

    @Column(name = "share_id", nullable = false)
    private long shareId;

    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "sharer_id", length = 128, nullable = false)
    private String sharerId;

    @Column(name = "visitor_id", length = 128, nullable = false)
    private String visitorId;

    @Column(name = "at_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal atNs;

    @Column(name = "referral_id", length = 128)
    private String referralId;

    @Column(name = "entry_channel", length = 8)
    private String entryChannel;

    /** For the provider. */
    protected FissionVisit() {
    }

    /**
     * @param visitId the idempotency id
     * @param shareId the share visited
     * @param campaignId the campaign
     * @param sharerId whose link it was
     * @param visitorId who visited
     * @param atNs when, in epoch nanoseconds
     * @param referralId the referral it made, or {@code null}
     * @param entryChannel that referral's entry channel, or {@code null}
     */
    public FissionVisit(String visitId, long shareId, String campaignId, String sharerId, String visitorId,
            BigDecimal atNs, String referralId, String entryChannel) {
        this.visitId = visitId;
        this.shareId = shareId;
        this.campaignId = campaignId;
        this.sharerId = sharerId;
        this.visitorId = visitorId;
        this.atNs = atNs;
        this.referralId = referralId;
        this.entryChannel = entryChannel;
    }
}
