package io.sharehub.catalog;

/**
 * One search result.
 *
 * @param material the material
 * @param score its relevance: per query term 3 (title), 2 (tags) or 1 (summary or attributes),
 *     summed; 0 for a query with no tokens
 */
public record SearchHit(Material material, int score) {
}
