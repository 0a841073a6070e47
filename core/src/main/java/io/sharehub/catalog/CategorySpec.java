package io.sharehub.catalog;

import io.sharehub.access.Visibility;

/**
 * What a new category is to be. Build one with {@link #of(String, String)} and the
 * {@code with...} methods; the catalog checks it when it is created.
 *
 * @param id the id, or {@code null} to have one generated
 * @param parentId the parent category, or {@code null} for a top-level category
 * @param name the name, 1 to 100 characters
 * @param position the place among siblings, or {@code null} to come after the last one
 * @param visibility who may see it; {@link Visibility#PUBLIC} by default
 */
public record CategorySpec(String id, String parentId, String name, Integer position, Visibility visibility) {
    /**
     * @param id the id, or {@code null} to have one generated
     * @param name the name
     * @return a public top-level category placed after its last sibling
     */
    public static CategorySpec of(String id, String name) {
        return new CategorySpec(id, null, name, null, Visibility.PUBLIC);
    }

    /**
     * @param parent the parent category id
     * @return this spec under that parent
     */
    public CategorySpec under(String parent) {
        return new CategorySpec(id, parent, name, position, visibility);
    }

    /**
     * @param newPosition the place among siblings
     * @return this spec at that position
     */
    public CategorySpec at(int newPosition) {
        return new CategorySpec(id, parentId, name, newPosition, visibility);
    }

    /**
     * @param newVisibility who may see it
     * @return this spec with that visibility
     */
    public CategorySpec withVisibility(Visibility newVisibility) {
        return new CategorySpec(id, parentId, name, position, newVisibility);
    }
}
