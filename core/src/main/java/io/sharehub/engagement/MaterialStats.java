package io.sharehub.engagement;

/**
 * A material's statistics over all time or over a range {@code [from, to)}.
 *
 * @param views VIEW events
 * @param uniqueViewers distinct people with at least one VIEW; a merged person counts once
 * @param favorites all time: people currently favouriting it; over a range: favourites added in
 *     the range (FAVORITE actions that changed the state)
 * @param downloads DOWNLOAD events
 * @param shares SHARE events
 */
public record MaterialStats(long views, long uniqueViewers, long favorites, long downloads, long shares) {
    /** No activity. */
    public static final MaterialStats ZERO = new MaterialStats(0, 0, 0, 0, 0);

    /**
     * @param statistic which one
     * @return its value
     */
    public long get(Statistic statistic) {
        return switch (statistic) {
            case VIEWS -> views;
            case UNIQUE_VIEWERS -> uniqueViewers;
            case FAVORITES -> favorites;
            case DOWNLOADS -> downloads;
            case SHARES -> shares;
        };
    }
}
