package io.sharehub.jpa.internal;

/**
 * The buckets of a campaign board's histogram ({@code ledger_campaign_bucket}): log-linear, one
 * bucket per value below 512, then 256 buckets per power of two (a bucket above 512 spans 1/256
 * of its power of two, so 1,000,000 points fall in about 3,300 buckets). A rank is then the sum
 * of the buckets above the subject's plus the exact rows ({@code ledger_campaign_points}) between
 * its points and the top of its bucket. Bucket 0 holds no points (only positive points are
 * listed): its row counts the board's listed rows. The V1_6 scripts compute the same numbers in SQL to fill
 * the tables from existing counters.
 */
public final class CampaignBuckets {
    /** log2 of the buckets per power of two. */
    static final int SUB_BITS = 8;
    /** Below this, one bucket per value. */
    static final long EXACT_BELOW = 1L << (SUB_BITS + 1);

    private CampaignBuckets() {
    }

    /**
     * @param points positive points
     * @return its bucket: {@code points} below 512, else {@code (e - 8) * 256 + (points >> (e - 8))}
     *     where {@code e} is the position of the highest bit set
     */
    public static int bucket(long points) {
        if (points <= 0) {
            throw new IllegalArgumentException("points: only positive points are listed, got " + points);
        }
        if (points < EXACT_BELOW) {
            return (int) points;
        }
        int shift = 63 - Long.numberOfLeadingZeros(points) - SUB_BITS;
        return (shift << SUB_BITS) + (int) (points >>> shift);
    }

    /** @return the highest points in {@code bucket} */
    static long highest(int bucket) {
        if (bucket < EXACT_BELOW) {
            return bucket;
        }
        int shift = (bucket >>> SUB_BITS) - 1;
        long mantissa = bucket - ((long) shift << SUB_BITS);
        long next = (mantissa + 1) << shift;
        // the last bucket of 2^62 ends at Long.MAX_VALUE, where the shift would overflow
        return next <= 0 ? Long.MAX_VALUE : next - 1;
    }
}
