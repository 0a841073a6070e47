package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The deepest level of a campaign's share graph as the store keeps it: raised by inserted nodes,
 * recomputed when a merge moves nodes. Written only by SQL.
 */
@Entity
@Table(name = "fission_graph")
public class FissionGraph {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Column(name = "max_depth", nullable = false)
    private int maxDepth;

    /** For the provider. */
    protected FissionGraph() {
    }
}
