package io.sharehub.catalog.spi;

import io.sharehub.Page;
import io.sharehub.access.AccessRule;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.SearchHit;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's storage port. The core calls it inside {@link io.sharehub.store.Transactions}
 * of the same store set and has checked every argument; a store keeps what it is given exactly
 * (emoji included) and answers searches as {@link CatalogQuery} defines.
 *
 * <p>Implementations must be thread-safe.
 */
public interface CatalogStore {

    /** @return every category, in any order */
    List<Category> categories();

    /**
     * @param categoryId a category id
     * @return the category, if it exists
     */
    Optional<Category> category(String categoryId);

    /**
     * @param category a category whose id is new
     */
    void insertCategory(Category category);

    /**
     * @param category a category that exists, with its new name, parent, position or visibility
     */
    void updateCategory(Category category);

    /**
     * @param categoryId an empty category to remove
     */
    void deleteCategory(String categoryId);

    /**
     * @param categoryId a category
     * @return whether any material, in any status, is directly in it
     */
    boolean hasMaterials(String categoryId);

    /**
     * @param record a material whose id is new, with its rule
     * @param tokens its search tokens
     */
    void insertMaterial(MaterialRecord record, SearchTokens tokens);

    /**
     * @param record an existing material's new state
     * @param tokens its new search tokens
     */
    void updateMaterial(MaterialRecord record, SearchTokens tokens);

    /**
     * Replaces the effective rules of existing materials, after a category changed.
     *
     * @param rules the new rule of each material
     */
    void updateRules(Map<String, AccessRule> rules);

    /**
     * @param materialId a material id
     * @return the material with its rule, if it exists
     */
    Optional<MaterialRecord> material(String materialId);

    /**
     * @param materialIds material ids
     * @return those that exist, keyed by id
     */
    Map<String, MaterialRecord> materials(Collection<String> materialIds);

    /**
     * @param categoryIds categories
     * @return every material directly in at least one of them, in any status
     */
    List<MaterialRecord> materialsIn(Collection<String> categoryIds);

    /**
     * Runs a search.
     *
     * @param query the tokenized search
     * @return the page of hits with the total
     */
    Page<SearchHit> search(CatalogQuery query);

    /**
     * Counts, for every category, the materials in it or its descendants that are published with a
     * publish instant at or before {@code now} and whose rule admits the viewer (every material for
     * an administrator), each material once per category.
     *
     * @param viewer who is looking
     * @param now the hub's current instant
     * @return the count per category id; categories with none may be left out
     */
    Map<String, Long> countListable(Viewer viewer, Instant now);
}
