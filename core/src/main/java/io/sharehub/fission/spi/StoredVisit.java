package io.sharehub.fission.spi;

import io.sharehub.fission.EntryChannel;
import java.time.Instant;

/**
 * One recorded visit.
 *
 * @param visitId the idempotency id, unique across the hub's visits
 * @param shareId the share whose token was visited
 * @param campaignId the campaign
 * @param sharerId whose link it was
 * @param visitorId who visited
 * @param at when
 * @param referralId the referral it made, or {@code null}
 * @param entryChannel the entry channel of that referral, or {@code null}
 */
public record StoredVisit(String visitId, long shareId, String campaignId, String sharerId, String visitorId,
        Instant at, String referralId, EntryChannel entryChannel) {
}
