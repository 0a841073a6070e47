package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Epoch nanoseconds read back: the long fast path gives what the BigDecimal division gives. */
class EpochNanosProperties {
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    /** The reference: the division every value took before the fast path. */
    private static Instant divided(BigDecimal nanos) {
        BigDecimal[] split = nanos.divideAndRemainder(BILLION);
        return Instant.ofEpochSecond(split[0].longValueExact(), split[1].longValueExact());
    }

    @Provide
    Arbitrary<BigInteger> nanos() {
        BigInteger maxNanos = BigInteger.valueOf(Instant.MAX.getEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().map(BigInteger::valueOf)),
                Tuple.of(2, Arbitraries.longs().between(-5_000_000_000L, 5_000_000_000L).map(BigInteger::valueOf)),
                Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L, -1_000_000_000L,
                        -999_999_999L, -1_000_000_001L).map(BigInteger::valueOf)),
                Tuple.of(2, Arbitraries.bigIntegers().between(maxNanos.negate(), maxNanos)));
    }

    @Property(tries = 3_000)
    void everyRepresentationReadsAsTheDivisionDoes(@ForAll("nanos") BigInteger value) {
        Instant expected = divided(new BigDecimal(value));
        assertThat(EpochNanos.instant(new BigDecimal(value))).isEqualTo(expected);
        assertThat(EpochNanos.instant(value)).isEqualTo(expected);
        if (value.bitLength() < 64) {
            assertThat(EpochNanos.instant(value.longValue())).isEqualTo(expected);
        }
    }

    @Property(tries = 1_000)
    void instantsRoundTrip(@ForAll("nanos") BigInteger value) {
        Instant instant = divided(new BigDecimal(value));
        assertThat(EpochNanos.instant(EpochNanos.of(instant))).isEqualTo(instant);
    }

    @Example
    void aScaledDecimalTakesTheDivision() {
        assertThat(EpochNanos.instant(new BigDecimal("1500000000.0"))).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
        assertThat(EpochNanos.instant(new BigDecimal("-1500000000"))).isEqualTo(Instant.ofEpochSecond(-2, 500_000_000));
        assertThat(EpochNanos.instant(null)).isNull();
    }
}
