package io.sharehub.examples.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock a replay runs its hub on: it stands at the instant of the event being replayed, so
 * that the hub judges every event at its own time. Zone views share the instant.
 */
public final class FollowingClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** @param start where the clock starts */
    public FollowingClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private FollowingClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** @param instant the event's instant */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new FollowingClock(now, newZone);
    }
}
