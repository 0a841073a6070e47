package io.sharehub.fission;

import java.time.Instant;

/**
 * A person's share of a campaign through a channel. Stable per (person, campaign, channel):
 * sharing again returns the same share.
 *
 * @param shareId the share's 64-bit id, carried inside its tokens
 * @param personId who shared
 * @param campaignId the campaign
 * @param channel how
 * @param createdAt when the person first shared through this channel
 */
public record Share(long shareId, String personId, String campaignId, Channel channel, Instant createdAt) {
}
