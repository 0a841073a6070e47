package io.sharehub;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open range of instants {@code [from, to)}: {@code from} is inside, {@code to} is not.
 * Ranges are exact to the nanosecond, never rounded to days. {@code from == to} is the empty
 * range; {@code to} before {@code from} cannot be built.
 *
 * @param from the first instant inside the range
 * @param to the first instant after the range
 */
public record TimeRange(Instant from, Instant to) {
    /**
     * @throws InvalidInputException if either end is missing or {@code to} is before {@code from}
     */
    public TimeRange {
        if (from == null) {
            throw new InvalidInputException("from", "must be given", null);
        }
        if (to == null) {
            throw new InvalidInputException("to", "must be given", null);
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")", to);
        }
    }

    /**
     * @param from the first instant inside the range
     * @param to the first instant after the range
     * @return the range {@code [from, to)}
     * @throws InvalidInputException if {@code to} is before {@code from}
     */
    public static TimeRange of(Instant from, Instant to) {
        return new TimeRange(from, to);
    }

    /**
     * @param instant an instant
     * @return whether {@code from <= instant < to}
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /**
     * @return whether the range holds no instant at all
     */
    public boolean isEmpty() {
        return from.equals(to);
    }
}
