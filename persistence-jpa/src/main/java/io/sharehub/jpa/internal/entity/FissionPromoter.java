package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A promoter's counters in a campaign, changed only by SQL upserts that add to them.
 */
@Entity
@Table(name = "fission_promoter")
@IdClass(FissionPromoter.Key.class)
public class FissionPromoter {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Id
    @Column(name = "person_id", length = 128, nullable = false)
    private String personId;

    @Column(name = "shares", nullable = false)
    private long shares;

    @Column(name = "read_count", nullable = false)
    private long readCount;

    @Column(name = "referrals", nullable = false)
    private long referrals;

    /** For the provider. */
    protected FissionPromoter() {
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
