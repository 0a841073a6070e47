package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One share action under its request id (the primary key), persisted as an entity.
 */
@Entity
@Table(name = "fission_share_action")
public class FissionShareAction {
    @Id
    @Column(name = "request_id", length = 128, nullable = false)
    private String requestId;

    @Column(name = "share_id", nullable = false)
    private long shareId;

    @Column(name = "person_id", length = 128, nullable = false)
    private String personId;

    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "channel", length = 16, nullable = false)
    private String channel;

    @Column(name = "at_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal atNs;

    @Column(name = "task_completed", nullable = false)
    private boolean taskCompleted;

    /** For the provider. */
    protected FissionShareAction() {
    }

    /**
     * @param requestId the idempotency id
     * @param shareId the share
     * @param personId who shared
     * @param campaignId the campaign
     * @param channel the channel's name
     * @param atNs when, in epoch nanoseconds
     * @param taskCompleted whether it completed the fission task
     */
    public FissionShareAction(String requestId, long shareId, String personId, String campaignId, String channel,
            BigDecimal atNs, boolean taskCompleted) {
        this.requestId = requestId;
        this.shareId = shareId;
        this.personId = personId;
        this.campaignId = campaignId;
        this.channel = channel;
        this.atNs = atNs;
        this.taskCompleted = taskCompleted;
    }
}
