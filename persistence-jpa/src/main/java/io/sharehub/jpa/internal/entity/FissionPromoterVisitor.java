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
 * A visitor a promoter's links brought in a campaign: the first visit and the number of visits,
 * inserted or counted up by SQL.
 */
@Entity
@Table(name = "fission_promoter_visitor")
@IdClass(FissionPromoterVisitor.Key.class)
public class FissionPromoterVisitor {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Id
    @Column(name = "promoter_id", length = 128, nullable = false)
    private String promoterId;

    @Id
    @Column(name = "visitor_id", length = 128, nullable = false)
    private String visitorId;

    @Column(name = "first_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal firstNs;

    @Column(name = "visits", nullable = false)
    private long visits;

    /** For the provider. */
    protected FissionPromoterVisitor() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String campaignId;
        private String promoterId;
        private String visitorId;

        /** For the provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(promoterId, key.promoterId)
                    && Objects.equals(visitorId, key.visitorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, promoterId, visitorId);
        }
    }
}
