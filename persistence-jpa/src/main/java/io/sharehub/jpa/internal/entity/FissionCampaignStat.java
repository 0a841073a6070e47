package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A campaign's counters, one row per campaign, changed only by SQL upserts that add to them.
 */
@Entity
@Table(name = "fission_campaign_stat")
public class FissionCampaignStat {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "read_count", nullable = false)
    private long readCount;

    @Column(name = "unique_visitors", nullable = false)
    private long uniqueVisitors;

    @Column(name = "sharers", nullable = false)
    private long sharers;

    @Column(name = "new_referrals", nullable = false)
    private long newReferrals;

    /** For the provider. */
    protected FissionCampaignStat() {
    }
}
