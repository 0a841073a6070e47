package io.sharehub.engagement.spi;

import java.time.Instant;

/**
 * How heat accumulators turn into heat at a query instant. Stores add values to accumulators per
 * (subject, bucket) and evaluate them with this formula, in Java or in SQL:
 *
 * <pre>
 * heat(at) = Σ over the subject's buckets  value × 2^((epochSecond + bucket × spanSeconds − seconds(at)) / halfLifeSeconds)
 * </pre>
 *
 * where {@code seconds(at)} is {@code at}'s epoch second plus its fraction. Without a half-life
 * ({@code halfLifeSeconds == 0}) there is one bucket, 0, and heat is the plain sum of values.
 * Buckets keep every stored value below {@code weight × 2^256}, so doubles neither overflow nor
 * lose what matters.
 *
 * @param epochSecond the start of bucket 0, in epoch seconds
 * @param spanSeconds the length of one bucket, in seconds
 * @param halfLifeSeconds the half-life in seconds, or 0 for no decay
 */
public record HeatFormula(long epochSecond, long spanSeconds, double halfLifeSeconds) {

    /** @return whether heat decays */
    public boolean decays() {
        return halfLifeSeconds > 0;
    }

    /**
     * @param bucket a bucket
     * @param value the accumulated value
     * @param at the query instant
     * @return the bucket's heat at that instant
     */
    public double evaluate(long bucket, double value, Instant at) {
        if (!decays()) {
            return value;
        }
        double start = epochSecond + (double) bucket * spanSeconds;
        return value * Math.pow(2, (start - seconds(at)) / halfLifeSeconds);
    }

    /**
     * @param at an instant
     * @return its epoch seconds with the fraction
     */
    public static double seconds(Instant at) {
        return at.getEpochSecond() + at.getNano() / 1e9;
    }
}
