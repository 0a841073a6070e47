package io.sharehub.catalog;

/** The orders the search bar offers. Every order ends with the material id (code point order). */
public enum SearchSort {
    /**
     * Relevance: the sum over terms of 3 when all the term's tokens are in the title, else 2 when
     * all are in the tags, else 1; then newest, then id.
     */
    RELEVANCE,
    /**
     * Newest: publish instant, latest first, then id; drafts (which only administrators see)
     * after every published material, by creation instant, latest first.
     */
    NEWEST,
    /** Most viewed: all-time views, most first, then newest, then id. */
    MOST_VIEWED
}
