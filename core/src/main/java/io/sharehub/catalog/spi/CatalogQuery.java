package io.sharehub.catalog.spi;

import io.sharehub.access.Viewer;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchSort;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A search as the core hands it to a {@link CatalogStore}: already tokenized, with the category
 * filter expanded to the category and its descendants.
 *
 * <p>A store returns the materials that
 * <ol>
 *   <li>the viewer may list: an administrator every material in any status; anyone else
 *       materials that are published with a publish instant at or before {@code now} and whose
 *       {@link io.sharehub.access.AccessRule#admits(Viewer) rule admits} the viewer;</li>
 *   <li>match every term: each of a term's tokens occurs in some field ({@link
 *       SearchTokens#score} above 0);</li>
 *   <li>are in at least one of {@code categoryIds} (when not {@code null}), of one of
 *       {@code types} (when not empty), and carry every one of {@code tagKeys};</li>
 * </ol>
 * scored as the sum of {@link SearchTokens#score} over the terms, ordered by {@code sort} as
 * {@link SearchSort} says, and paged.
 *
 * @param terms the query's terms, each its set of tokens; empty matches everything
 * @param viewer who is searching
 * @param now the hub's current instant, which decides scheduled material
 * @param categoryIds the category filter expanded to descendants, or {@code null} for none
 * @param types the type filter; empty for all
 * @param tagKeys the tag filter, as {@link io.sharehub.catalog.Tokenizer#tagKey} keys
 * @param sort the order
 * @param page the 0-based page
 * @param size the page size
 */
public record CatalogQuery(List<Set<String>> terms, Viewer viewer, Instant now, Set<String> categoryIds,
        Set<MaterialType> types, Set<String> tagKeys, SearchSort sort, int page, int size) {
    /** Copies the collections. */
    public CatalogQuery {
        terms = terms.stream().map(Set::copyOf).toList();
        categoryIds = categoryIds == null ? null : Set.copyOf(categoryIds);
        types = Set.copyOf(types);
        tagKeys = Set.copyOf(tagKeys);
    }
}
