package io.sharehub.catalog;

import io.sharehub.access.Visibility;
import java.time.Instant;

/**
 * A node of the category tree. The tree may be of any depth; siblings are ordered by
 * {@code position}, then id.
 *
 * @param id the category id
 * @param parentId the parent's id, or {@code null} for a top-level category
 * @param name the name shown to people
 * @param position the place among its siblings, smallest first
 * @param visibility who may see the category and, through it, its materials
 * @param createdAt when it was created
 */
public record Category(String id, String parentId, String name, int position, Visibility visibility,
        Instant createdAt) {
}
