package io.sharehub.heat.internal;

import io.sharehub.engagement.spi.HeatFormula;
import io.sharehub.heat.HeatConfig;
import java.time.Instant;

/**
 * Turns weighted events into heat accumulator updates. With a half-life {@code h}, an event of
 * weight {@code w} at {@code t} adds {@code w × 2^((t − start(b)) / h)} to bucket
 * {@code b = floor((t − epoch) / span)}; its heat at {@code q} is that times
 * {@code 2^((start(b) − q) / h)} = {@code w × 0.5^((q − t) / h)}, exactly the decayed weight,
 * however much later it is asked. Buckets span 256 half-lives, so values stay below
 * {@code w × 2^256}.
 */
public final class HeatMath {
    /** Bucket 0 starts here: 2020-01-01T00:00:00Z. */
    public static final long EPOCH_SECOND = 1_577_836_800L;
    private static final int HALF_LIVES_PER_BUCKET = 256;

    private final HeatConfig config;
    private final HeatFormula formula;

    /** @param config the hub's heat config */
    public HeatMath(HeatConfig config) {
        this.config = config;
        if (config.halfLife() == null) {
            this.formula = new HeatFormula(EPOCH_SECOND, 0, 0);
        } else {
            double h = config.halfLife().toNanos() / 1e9;
            long span = (long) Math.ceil(h * HALF_LIVES_PER_BUCKET);
            this.formula = new HeatFormula(EPOCH_SECOND, Math.max(1, span), h);
        }
    }

    /** @return the config */
    public HeatConfig config() {
        return config;
    }

    /** @return the formula stores evaluate accumulators with */
    public HeatFormula formula() {
        return formula;
    }

    /** @return the bucket an event at {@code at} adds to */
    public long bucket(Instant at) {
        if (!formula.decays()) {
            return 0;
        }
        return Math.floorDiv(at.getEpochSecond() - EPOCH_SECOND, formula.spanSeconds());
    }

    /** @return what an event of this weight at {@code at} adds to its bucket */
    public double value(double weight, Instant at) {
        if (!formula.decays()) {
            return weight;
        }
        double start = EPOCH_SECOND + (double) bucket(at) * formula.spanSeconds();
        return weight * Math.pow(2, (HeatFormula.seconds(at) - start) / formula.halfLifeSeconds());
    }
}
