package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Share actions of a campaign through one channel, changed only by SQL upserts that add to them.
 */
@Entity
@Table(name = "fission_campaign_channel")
@IdClass(FissionCampaignChannel.Key.class)
public class FissionCampaignChannel {
    @Id
    @Column(name = "campaign_id", length = 128, nullable = false)
    private String campaignId;

    @Id
    @Column(name = "channel", length = 16, nullable = false)
    private String channel;

    @Column(name = "shares", nullable = false)
    private long shares;

    /** For the provider. */
    protected FissionCampaignChannel() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String campaignId;
        private String channel;

        /** For the provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(channel, key.channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, channel);
        }
    }
}
