package io.sharehub.fission;

import io.sharehub.access.Viewer;
import java.time.Instant;

/**
 * A person asks to share a campaign.
 *
 * @param requestId the idempotency id of this share action, or {@code null}; a repeat returns the
 *     recorded outcome and counts once
 * @param viewer who shares; anonymous visitors may share
 * @param campaignId the campaign
 * @param channel how they share
 * @param at when, or {@code null} for the hub clock's now
 */
public record ShareRequest(String requestId, Viewer viewer, String campaignId, Channel channel, Instant at) {
    /**
     * @return a share action at the hub clock's now, without an idempotency id
     */
    public static ShareRequest of(Viewer viewer, String campaignId, Channel channel) {
        return new ShareRequest(null, viewer, campaignId, channel, null);
    }

    /** @param id the idempotency id @return this request with that id */
    public ShareRequest withRequestId(String id) {
        return new ShareRequest(id, viewer, campaignId, channel, at);
    }

    /** @param instant when @return this request at that instant */
    public ShareRequest at(Instant instant) {
        return new ShareRequest(requestId, viewer, campaignId, channel, instant);
    }
}
