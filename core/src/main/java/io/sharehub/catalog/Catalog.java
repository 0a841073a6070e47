package io.sharehub.catalog;

import io.sharehub.Page;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The material center's catalog: the category tree, the materials and the search bar.
 *
 * <p>Administrative calls (create, update, publish, archive, the tree's shape) take no viewer:
 * the host decides who may make them. Every call that returns materials or categories takes the
 * viewer and returns only what that viewer may list; unknown and hidden are indistinguishable.
 *
 * <p>Thread-safe. Every call checks its whole input before it writes anything.
 */
public interface Catalog {

    /**
     * Creates a category.
     *
     * @param spec what the category is to be
     * @return the category as stored
     * @throws io.sharehub.InvalidInputException if a field is blank, too long or invalid
     * @throws io.sharehub.ConflictException if the id is taken
     * @throws io.sharehub.UnknownCategoryException if the parent does not exist
     */
    Category createCategory(CategorySpec spec);

    /**
     * Renames a category.
     *
     * @param categoryId the category
     * @param name the new name, 1 to 100 characters
     * @return the category as stored
     * @throws io.sharehub.UnknownCategoryException if it does not exist
     */
    Category renameCategory(String categoryId, String name);

    /**
     * Moves a category, with its subtree, under another parent and to a position among its new
     * siblings. Materials in the subtree take on the rules of their new ancestors at once.
     *
     * @param categoryId the category
     * @param parentId the new parent, or {@code null} for the top level
     * @param position the place among the new siblings
     * @return the category as stored
     * @throws io.sharehub.ConflictException if the new parent is the category itself or one of
     *     its descendants
     */
    Category moveCategory(String categoryId, String parentId, int position);

    /**
     * Changes who may see a category and everything in it. Takes effect at once on every path.
     *
     * @param categoryId the category
     * @param visibility the new rule
     * @return the category as stored
     */
    Category changeCategoryVisibility(String categoryId, Visibility visibility);

    /**
     * Deletes an empty category: one with no child categories and no materials in any status.
     *
     * @param categoryId the category
     * @throws io.sharehub.ConflictException if it has children or materials
     * @throws io.sharehub.UnknownCategoryException if it does not exist
     */
    void deleteCategory(String categoryId);

    /**
     * The category tree as a viewer sees it: the categories they may list, each with the number
     * of published materials they may list in its subtree (each counted once, also when it is in
     * several categories of the subtree). Administrators see every category.
     *
     * @param viewer who is looking
     * @return the visible top-level categories with their visible descendants
     */
    List<CategoryNode> categoryTree(Viewer viewer);

    /**
     * @param viewer who is looking
     * @param categoryId a category id
     * @return the category, if it exists and the viewer may list it
     */
    Optional<Category> category(Viewer viewer, String categoryId);

    /**
     * Creates a material as a {@link MaterialStatus#DRAFT}.
     *
     * @param spec what the material is to be
     * @return the material as stored
     * @throws io.sharehub.InvalidInputException if a field breaks its rule (see {@link MaterialSpec})
     * @throws io.sharehub.UnknownCategoryException if a category does not exist
     * @throws io.sharehub.ConflictException if the id is taken
     */
    Material createMaterial(MaterialSpec spec);

    /**
     * Replaces a material's content, categories and rules; its status and publish instant stay.
     *
     * @param spec the new content; {@code spec.id()} names the material
     * @return the material as stored
     * @throws io.sharehub.UnknownMaterialException if it does not exist
     */
    Material updateMaterial(MaterialSpec spec);

    /**
     * Publishes a material now.
     *
     * @param materialId the material
     * @return the material as stored
     */
    Material publish(String materialId);

    /**
     * Publishes a material at an instant; a future instant schedules it, and it is not listed
     * until then.
     *
     * @param materialId the material
     * @param publishAt when it goes live
     * @return the material as stored
     */
    Material publish(String materialId, Instant publishAt);

    /**
     * Archives a material: it is no longer listed and viewers are told {@code NOT_FOUND}.
     *
     * @param materialId the material
     * @return the material as stored
     */
    Material archive(String materialId);

    /**
     * @param viewer who is looking
     * @param materialId a material id
     * @return the material, if it exists and the viewer may list it
     */
    Optional<Material> material(Viewer viewer, String materialId);

    /**
     * The search bar. See {@link Tokenizer} for how text is matched and {@link SearchSort} for
     * the orders.
     *
     * @param viewer who is searching; results hold only what they may list
     * @param request the query, filters, order and page
     * @return the page of results with the total over all pages
     * @throws io.sharehub.InvalidInputException if the page is negative or the size is not 1 to 1,000
     */
    Page<SearchHit> search(Viewer viewer, SearchRequest request);

    /**
     * A category's listing: what the viewer may list in it and its descendants, newest first.
     *
     * @param viewer who is looking
     * @param categoryId the category
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of materials
     */
    Page<Material> list(Viewer viewer, String categoryId, int page, int size);
}
