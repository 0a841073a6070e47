package io.sharehub.engagement;

/** A per-material statistic, to sort the most-popular list by. */
public enum Statistic {
    /** VIEW events. */
    VIEWS,
    /** Distinct viewers with at least one VIEW. */
    UNIQUE_VIEWERS,
    /** All time: people currently favouriting it; over a range: favourites added in it. */
    FAVORITES,
    /** DOWNLOAD events. */
    DOWNLOADS,
    /** SHARE events (a campaign share of a campaign's material counts as one). */
    SHARES
}
