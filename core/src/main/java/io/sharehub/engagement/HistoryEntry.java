package io.sharehub.engagement;

import java.time.Instant;

/**
 * One event in a person's own history.
 *
 * @param eventId the event id
 * @param materialId the material
 * @param type what they did
 * @param at when
 */
public record HistoryEntry(String eventId, String materialId, EventType type, Instant at) {
}
