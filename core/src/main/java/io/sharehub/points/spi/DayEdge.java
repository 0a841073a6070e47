package io.sharehub.points.spi;

import java.time.Instant;

/**
 * The part of a range that covers a hub-zone day only partly: the store counts the awards of
 * that day whose instant lies in {@code [from, to)}.
 *
 * @param day the hub-zone day (days since 1970-01-01) that holds the whole part
 * @param from the first instant counted
 * @param to the first instant not counted
 */
public record DayEdge(long day, Instant from, Instant to) {
}
