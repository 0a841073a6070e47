package io.sharehub.points.spi;

import java.time.Instant;

/**
 * An increment of one counter row: {@code points = points + ?}, {@code invited = invited + ?},
 * {@code reached_at = greatest(reached_at, ?)}.
 *
 * @param key the row; created with zeros when missing
 * @param points added to the points (negative for a reversal)
 * @param invited added to {@code invited} (negative for a reversal)
 * @param reachedAt the instant of an award counted, or {@code null} to leave {@code reachedAt} alone
 */
public record CounterDelta(CounterKey key, long points, long invited, Instant reachedAt) {
}
