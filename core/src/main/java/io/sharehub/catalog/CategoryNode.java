package io.sharehub.catalog;

import java.util.List;

/**
 * A category as one viewer sees the tree: with the number of published materials that viewer may
 * list in it and its descendants (each counted once), and the children the viewer may see.
 *
 * @param category the category
 * @param materialCount published materials the viewer may list in this subtree, each once
 * @param children visible children, by position then id
 */
public record CategoryNode(Category category, long materialCount, List<CategoryNode> children) {
    /** Copies the children. */
    public CategoryNode {
        children = List.copyOf(children);
    }
}
