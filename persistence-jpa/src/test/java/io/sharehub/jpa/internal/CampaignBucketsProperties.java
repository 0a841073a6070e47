package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The histogram's buckets: contiguous, in order, one per value below 512, 256 per power of two above. */
class CampaignBucketsProperties {

    @Provide
    Arbitrary<Long> positive() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.longs().between(1, 5_000)),
                Tuple.of(2, Arbitraries.longs().between(1, Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.integers().between(0, 62).map(e -> 1L << e)),
                Tuple.of(1, Arbitraries.integers().between(1, 63).map(e -> (1L << e) - 1)));
    }

    @Property(tries = 2_000)
    void aValueLiesInItsBucketAndTheNextValueInTheSameOrTheNext(@ForAll("positive") long points) {
        int bucket = CampaignBuckets.bucket(points);
        long top = CampaignBuckets.highest(bucket);
        assertThat(top).isGreaterThanOrEqualTo(points);
        assertThat(CampaignBuckets.bucket(top)).isEqualTo(bucket);
        if (top < Long.MAX_VALUE) {
            assertThat(CampaignBuckets.bucket(top + 1)).isEqualTo(bucket + 1);
        }
        if (bucket > 1) {
            assertThat(CampaignBuckets.bucket(CampaignBuckets.highest(bucket - 1) + 1)).isEqualTo(bucket);
            assertThat(CampaignBuckets.highest(bucket - 1)).isLessThan(points);
        }
    }

    @Example
    void shape() {
        assertThat(CampaignBuckets.bucket(511)).isEqualTo(511);
        assertThat(CampaignBuckets.highest(511)).isEqualTo(511);
        assertThat(CampaignBuckets.bucket(512)).isEqualTo(CampaignBuckets.bucket(513)).isEqualTo(512);
        assertThat(CampaignBuckets.bucket(1 << 20) - CampaignBuckets.bucket(1 << 19)).isEqualTo(256);
        assertThat(CampaignBuckets.bucket(1_000_000)).isLessThan(3_400);
        assertThat(CampaignBuckets.highest(CampaignBuckets.bucket(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> CampaignBuckets.bucket(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points");
    }
}
