package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A share, unique per id and per (person, campaign, channel); inserted by SQL that does nothing
 * when either key exists.
 */
@Entity
@Table(name = "fission_share")
public class FissionShare {
    @Id
    @Column(name = "share_id", nullable = false)
    private long shareId;

    @Column(name = "person_id", length = 128, nullable = false)
    private String personId;

    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "channel", length = 16, nullable = false)
    private String channel;

    @Column(name = "created_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal createdNs;

    /** For the provider. */
    protected FissionShare() {
    }
}
