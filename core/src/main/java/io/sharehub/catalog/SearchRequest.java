package io.sharehub.catalog;

import java.util.Arrays;
import java.util.Set;

/**
 * What the search bar asks. Build one with {@link #of(String)} and the {@code with...} methods.
 *
 * @param query the text typed; blank lists everything the viewer may list
 * @param categoryId only materials in this category or its descendants, or {@code null}
 * @param types only materials of these types; empty for all
 * @param tags only materials that have every one of these tags (compared after NFKC and lower
 *     case); empty for no tag filter
 * @param sort the order
 * @param page the 0-based page
 * @param size the page size, 1 to 1,000
 */
public record SearchRequest(String query, String categoryId, Set<MaterialType> types, Set<String> tags,
        SearchSort sort, int page, int size) {
    /** The page size {@link #of(String)} uses. */
    public static final int DEFAULT_SIZE = 20;

    /** Copies the sets; {@code null} becomes empty. */
    public SearchRequest {
        query = query == null ? "" : query;
        types = types == null ? Set.of() : Set.copyOf(types);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /**
     * @param query the text typed
     * @return the first page of 20, by relevance, with no filters
     */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, Set.of(), Set.of(), SearchSort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    /** @param category a category id @return this request limited to that category and its descendants */
    public SearchRequest withCategory(String category) {
        return new SearchRequest(query, category, types, tags, sort, page, size);
    }

    /** @param newTypes material types @return this request limited to those types */
    public SearchRequest withTypes(MaterialType... newTypes) {
        return new SearchRequest(query, categoryId, Set.copyOf(Arrays.asList(newTypes)), tags, sort, page, size);
    }

    /** @param newTags tags @return this request limited to materials with all of them */
    public SearchRequest withTags(String... newTags) {
        return new SearchRequest(query, categoryId, types, Set.copyOf(Arrays.asList(newTags)), sort, page, size);
    }

    /** @param newSort the order @return this request in that order */
    public SearchRequest sortedBy(SearchSort newSort) {
        return new SearchRequest(query, categoryId, types, tags, newSort, page, size);
    }

    /**
     * @param newPage the 0-based page
     * @param newSize the page size, 1 to 1,000
     * @return this request for that page
     */
    public SearchRequest page(int newPage, int newSize) {
        return new SearchRequest(query, categoryId, types, tags, sort, newPage, newSize);
    }
}
