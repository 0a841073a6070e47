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
 * A node of a campaign's share graph. The primary key (campaign, person) is the first-touch rule:
 * SQL inserts a node only when none exists and reports which happened.
 */
@Entity
@Table(name = "fission_node")
@IdClass(FissionNode.Key.class)
public class FissionNode {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Id
    @Column(name = "person_id", length = 128, nullable = false)
    private String personId;

    @Column(name = "parent_id", length = 128)
    private String parentId;

    @Column(name = "depth", nullable = false)
    private int depth;

    @Column(name = "entry_channel", length = 8, nullable = false)
    private String entryChannel;

    @Column(name = "joined_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal joinedNs;

    @Column(name = "referral_id", length = 128)
    private String referralId;

    @Column(name = "reversed", nullable = false)
    private boolean reversed;

    /** For the provider. */
    protected FissionNode() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String campaignId;
        private String personId;

        /** For the provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(personId, key.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, personId);
        }
    }
}
