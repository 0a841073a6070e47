package io.sharehub.engagement.spi;

import io.sharehub.engagement.EventType;
import java.time.Instant;

/**
 * An engagement event as stores keep it.
 *
 * @param eventId the idempotency id, unique across the hub's events
 * @param personId who did it
 * @param materialId the material
 * @param type what they did
 * @param at when it happened
 * @param changed for FAVORITE and UNFAVORITE whether the favourite state changed; {@code true}
 *     otherwise
 */
public record StoredEvent(String eventId, String personId, String materialId, EventType type, Instant at,
        boolean changed) {
}
