package io.sharehub.engagement.spi;

/**
 * Counters of one material, as totals, as a day bucket, or as a change to add.
 *
 * <p>Day buckets keep {@code views}, {@code favoritesAdded}, {@code downloads} and {@code shares};
 * {@code uniqueViewers} and {@code favorites} (people currently favouriting) exist as all-time
 * totals only.
 *
 * @param views VIEW events
 * @param uniqueViewers distinct viewers (all-time totals only)
 * @param favorites people currently favouriting (all-time totals only; may be negative in a change)
 * @param favoritesAdded FAVORITE events that changed the state
 * @param downloads DOWNLOAD events
 * @param shares SHARE events
 */
public record Counts(long views, long uniqueViewers, long favorites, long favoritesAdded, long downloads,
        long shares) {
    /** All zero. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    /**
     * @param other counts to add
     * @return the sum
     */
    public Counts plus(Counts other) {
        return new Counts(views + other.views, uniqueViewers + other.uniqueViewers, favorites + other.favorites,
                favoritesAdded + other.favoritesAdded, downloads + other.downloads, shares + other.shares);
    }

    /** @return whether every counter is zero */
    public boolean isZero() {
        return equals(ZERO);
    }
}
