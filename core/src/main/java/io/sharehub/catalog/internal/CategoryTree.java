package io.sharehub.catalog.internal;

import io.sharehub.Ids;
import io.sharehub.access.AccessRule;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Category;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A snapshot of the category tree with the walks the catalog and access need. */
public final class CategoryTree {
    /** Siblings by position, then id. */
    public static final Comparator<Category> SIBLING_ORDER =
            Comparator.comparingInt(Category::position).thenComparing(Category::id, Ids.ORDER);

    private final Map<String, Category> byId = new HashMap<>();
    private final Map<String, List<Category>> children = new HashMap<>();

    /** @param categories every category */
    public CategoryTree(Collection<Category> categories) {
        for (Category category : categories) {
            byId.put(category.id(), category);
        }
        for (Category category : categories) {
            children.computeIfAbsent(category.parentId(), k -> new ArrayList<>()).add(category);
        }
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
    }

    /** @return the category, or {@code null} */
    public Category get(String id) {
        return byId.get(id);
    }

    /** @return the children of a category ({@code null} for the top level), in sibling order */
    public List<Category> children(String parentId) {
        return children.getOrDefault(parentId, List.of());
    }

    /** @return the category and its ancestors, from the category up to the root */
    public List<Category> pathToRoot(String id) {
        List<Category> path = new ArrayList<>();
        Category current = byId.get(id);
        while (current != null && path.size() <= byId.size()) {
            path.add(current);
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return path;
    }

    /** @return the category and all its descendants */
    public Set<String> subtree(String id) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>();
        queue.add(id);
        for (int i = 0; i < queue.size(); i++) {
            String current = queue.get(i);
            if (ids.add(current)) {
                for (Category child : children(current)) {
                    queue.add(child.id());
                }
            }
        }
        return ids;
    }

    /** @return every distinct category on the paths from the given categories to the root, in walk order */
    public List<Category> ancestry(Collection<String> categoryIds) {
        LinkedHashSet<Category> seen = new LinkedHashSet<>();
        for (String id : categoryIds) {
            seen.addAll(pathToRoot(id));
        }
        return new ArrayList<>(seen);
    }

    /** @return the effective rule of something with its own visibility, in these categories */
    public AccessRule ruleOf(Visibility own, Collection<String> categoryIds) {
        List<Visibility> levels = new ArrayList<>();
        if (own != null) {
            levels.add(own);
        }
        for (Category category : ancestry(categoryIds)) {
            levels.add(category.visibility());
        }
        return AccessRule.of(levels);
    }

    /** @return the effective rule of a category: its own visibility and its ancestors' */
    public AccessRule ruleOfCategory(String id) {
        return AccessRule.of(pathToRoot(id).stream().map(Category::visibility).toList());
    }
}
