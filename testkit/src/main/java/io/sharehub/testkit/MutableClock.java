package io.sharehub.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. Thread-safe.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2026-02-22T23:30:00+08:00");
 * ShareHub hub = ShareHub.builder().clock(clock).build();
 * clock.advance(Duration.ofDays(1));
 * }</pre>
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * @param instant where the clock starts
     * @return a clock standing at that instant, in UTC
     */
    public static MutableClock at(Instant instant) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
    }

    /**
     * @param isoInstant where the clock starts, as an ISO-8601 date-time with an offset, for example
     *     {@code 2026-02-22T23:30:00+08:00}
     * @return a clock standing at that instant, in UTC
     */
    public static MutableClock at(String isoInstant) {
        return at(java.time.OffsetDateTime.parse(isoInstant).toInstant());
    }

    /**
     * @param instant the new current instant; may lie before the current one
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /**
     * @param duration how far to move the clock; negative moves it back
     * @return the new current instant
     */
    public Instant advance(Duration duration) {
        return now.updateAndGet(i -> i.plus(duration));
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
        return new MutableClock(now, newZone);
    }
}
