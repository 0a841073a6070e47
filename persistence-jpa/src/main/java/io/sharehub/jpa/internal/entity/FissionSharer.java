package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A member of a campaign's set of sharers; inserted by SQL that reports whether it was new.
 */
@Entity
@Table(name = "fission_sharer")
@IdClass(FissionSharer.Key.class)
public class FissionSharer {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Id
    @Column(name = "person_id", length = 128, nullable = false)
    private String personId;

    /** For the provider. */
    protected FissionSharer() {
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
