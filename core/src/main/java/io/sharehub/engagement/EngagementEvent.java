package io.sharehub.engagement;

import io.sharehub.access.Viewer;
import java.time.Instant;

/**
 * One thing a person did with a material, to record.
 *
 * @param eventId the idempotency id: a repeat returns the recorded outcome and changes nothing;
 *     unique across the hub's events
 * @param viewer who did it
 * @param materialId the material
 * @param type what they did
 * @param at when it happened, or {@code null} for the hub clock's now; at most five minutes after
 *     the hub's clock
 */
public record EngagementEvent(String eventId, Viewer viewer, String materialId, EventType type, Instant at) {

    /** @return a VIEW at the hub clock's now */
    public static EngagementEvent view(String eventId, Viewer viewer, String materialId) {
        return new EngagementEvent(eventId, viewer, materialId, EventType.VIEW, null);
    }

    /** @return a DOWNLOAD at the hub clock's now */
    public static EngagementEvent download(String eventId, Viewer viewer, String materialId) {
        return new EngagementEvent(eventId, viewer, materialId, EventType.DOWNLOAD, null);
    }

    /** @return a FAVORITE at the hub clock's now */
    public static EngagementEvent favorite(String eventId, Viewer viewer, String materialId) {
        return new EngagementEvent(eventId, viewer, materialId, EventType.FAVORITE, null);
    }

    /** @return an UNFAVORITE at the hub clock's now */
    public static EngagementEvent unfavorite(String eventId, Viewer viewer, String materialId) {
        return new EngagementEvent(eventId, viewer, materialId, EventType.UNFAVORITE, null);
    }

    /** @return a SHARE at the hub clock's now */
    public static EngagementEvent share(String eventId, Viewer viewer, String materialId) {
        return new EngagementEvent(eventId, viewer, materialId, EventType.SHARE, null);
    }

    /**
     * @param instant when it happened
     * @return this event at that instant
     */
    public EngagementEvent at(Instant instant) {
        return new EngagementEvent(eventId, viewer, materialId, type, instant);
    }
}
