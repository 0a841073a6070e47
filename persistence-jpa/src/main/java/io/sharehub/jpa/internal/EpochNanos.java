package io.sharehub.jpa.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/**
 * How the ledger and fission tables hold instants: nanoseconds since 1970-01-01T00:00Z in a
 * {@code NUMERIC(38, 0)} column. Exact for every {@link Instant}, ordered like instants, and one
 * value, so that SQL can keep the later of two instants or the latest of many in one expression.
 */
final class EpochNanos {
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private EpochNanos() {
    }

    /** @return the instant as epoch nanoseconds, or {@code null} for {@code null} */
    static BigDecimal of(Instant instant) {
        if (instant == null) {
            return null;
        }
        return BigDecimal.valueOf(instant.getEpochSecond()).multiply(BILLION).add(BigDecimal.valueOf(instant.getNano()));
    }

    /** @return the instant of a column value read back, or {@code null} for SQL NULL */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal nanos;
        if (value instanceof BigDecimal decimal) {
            // Instants from 1677 to 2262 fit a long: no BigDecimal division (a few hundred bytes
            // and a MutableBigInteger per value; the batch reads read hundreds of them)
            if (decimal.scale() == 0 && decimal.precision() <= 19 && fitsLong(decimal)) {
                return ofLong(decimal.longValue());
            }
            nanos = decimal;
        } else if (value instanceof BigInteger integer) {
            if (integer.bitLength() < 64) {
                return ofLong(integer.longValue());
            }
            nanos = new BigDecimal(integer);
        } else if (value instanceof Number number) {
            return ofLong(number.longValue());
        } else {
            throw new IllegalArgumentException("not an epoch-nanosecond value: " + value.getClass().getName());
        }
        BigDecimal[] split = nanos.divideAndRemainder(BILLION);
        return Instant.ofEpochSecond(split[0].longValueExact(), split[1].longValueExact());
    }

    private static boolean fitsLong(BigDecimal integral) {
        return integral.compareTo(LONG_MIN) >= 0 && integral.compareTo(LONG_MAX) <= 0;
    }

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** The instant {@code nanos} nanoseconds from the epoch, exactly as the BigDecimal path gives it. */
    private static Instant ofLong(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
