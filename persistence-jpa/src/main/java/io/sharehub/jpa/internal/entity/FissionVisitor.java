package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A member of a campaign's set of distinct visitors; inserted by SQL that reports whether it was
 * new.
 */
@Entity
@Table(name = "fission_visitor")
@IdClass(FissionVisitor.Key.class)
public class FissionVisitor {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Id
    @Column(name = "visitor_id", length = 128, nullable = false)
    private String visitorId;

    /** For the provider. */
    protected FissionVisitor() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String campaignId;
        private String visitorId;

        /** For the provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(visitorId, key.visitorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, visitorId);
        }
    }
}
