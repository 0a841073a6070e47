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
 * A leaderboard counter per (campaign, account) or (campaign, unit): kind ACCOUNT or UNIT.
 * Written only by SQL upserts ({@code points = points + ?}, {@code reached_ns} kept at the later
 * instant); mapped so the unit knows the table.
 */
@Entity
@Table(name = "ledger_campaign_counter")
@IdClass(LedgerCampaignCounter.Key.class)
public class LedgerCampaignCounter {
    @Id
    @Column(name = "kind", length = 8, nullable = false)
    private String kind;

    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Id
    @Column(name = "subject", length = 128, nullable = false)
    private String subject;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "invited", nullable = false)
    private long invited;

    @Column(name = "reached_ns", precision = 38, scale = 0)
    private BigDecimal reachedNs;

    /** For the provider. */
    protected LedgerCampaignCounter() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String kind;
        private String campaignId;
        private String subject;

        /** For the provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kind, key.kind)
                    && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, campaignId, subject);
        }
    }
}
