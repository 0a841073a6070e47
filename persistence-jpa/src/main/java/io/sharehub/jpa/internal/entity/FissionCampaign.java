package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A campaign. Inserted as an entity, changed by SQL; the reward rule is its points per level,
 * comma-separated.
 */
@Entity
@Table(name = "fission_campaign")
public class FissionCampaign {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "material_id", length = 128)
    private String materialId;

    @Column(name = "start_ns", precision = 38, scale = 0)
    private BigDecimal startNs;

    @Column(name = "end_ns", precision = 38, scale = 0)
    private BigDecimal endNs;

    @Column(name = "reward_points", length = 64, nullable = false)
    private String rewardPoints;

    @Column(name = "created_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal createdNs;

    /** For the provider. */
    protected FissionCampaign() {
    }

    /**
     * @param campaignId the id
     * @param title the title
     * @param materialId the material, or {@code null}
     * @param startNs the period's start in epoch nanoseconds, or {@code null}
     * @param endNs the period's end in epoch nanoseconds, or {@code null}
     * @param rewardPoints the points per level, comma-separated
     * @param createdNs when it was created, in epoch nanoseconds
     */
    public FissionCampaign(String campaignId, String title, String materialId, BigDecimal startNs,
            BigDecimal endNs, String rewardPoints, BigDecimal createdNs) {
        this.campaignId = campaignId;
        this.title = title;
        this.materialId = materialId;
        this.startNs = startNs;
        this.endNs = endNs;
        this.rewardPoints = rewardPoints;
        this.createdNs = createdNs;
    }
}
