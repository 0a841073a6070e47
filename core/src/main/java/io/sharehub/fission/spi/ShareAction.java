package io.sharehub.fission.spi;

import io.sharehub.fission.Channel;
import java.time.Instant;

/**
 * One recorded share action.
 *
 * @param requestId the idempotency id, unique across the hub's share actions
 * @param shareId the share it used or created
 * @param personId who shared
 * @param campaignId the campaign
 * @param channel how
 * @param at when
 * @param taskCompleted whether it was the person's first share of the campaign
 */
public record ShareAction(String requestId, long shareId, String personId, String campaignId, Channel channel,
        Instant at, boolean taskCompleted) {
}
