package io.sharehub.engagement;

import io.sharehub.access.Decision;

/**
 * What became of one recorded event.
 *
 * @param eventId the event's id
 * @param status recorded now, a repeat of an earlier recording, denied, or (in a batch) an id
 *     conflict
 * @param decision the access decision: {@link Decision#ALLOW} when recorded or repeated, the
 *     denial otherwise
 * @param changed for FAVORITE and UNFAVORITE, whether the favourite state changed; {@code true}
 *     for other recorded events
 */
public record EventOutcome(String eventId, Status status, Decision decision, boolean changed) {

    /** What became of an event. */
    public enum Status {
        /** Recorded by this call. */
        RECORDED,
        /** Recorded before with the same payload; nothing changed now. */
        REPEATED,
        /** Access denied it; nothing was recorded, not even its id. */
        DENIED,
        /** In a batch: its id was recorded before with a different payload; nothing changed. */
        CONFLICT
    }

    /** @return whether the event is on record (now or before) */
    public boolean isRecorded() {
        return status == Status.RECORDED || status == Status.REPEATED;
    }
}
