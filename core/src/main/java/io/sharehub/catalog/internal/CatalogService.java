package io.sharehub.catalog.internal;

import io.sharehub.ConflictException;
import io.sharehub.Ids;
import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.UnknownCategoryException;
import io.sharehub.UnknownMaterialException;
import io.sharehub.access.AccessRule;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.access.internal.AccessPolicy;
import io.sharehub.catalog.Catalog;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.CategoryNode;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.MaterialStatus;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.catalog.SearchSort;
import io.sharehub.catalog.Tokenizer;
import io.sharehub.catalog.spi.CatalogQuery;
import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.catalog.spi.MaterialRecord;
import io.sharehub.catalog.spi.SearchTokens;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import io.sharehub.internal.IdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The catalog over a {@link CatalogStore}. */
public final class CatalogService implements Catalog {
    /** Category name limit in characters. */
    public static final int MAX_CATEGORY_NAME = 100;

    private final HubContext hub;
    private final CatalogStore store;

    /** @param hub the hub's stores, clock and zone */
    public CatalogService(HubContext hub) {
        this.hub = hub;
        this.store = hub.stores().catalog();
    }

    // ---------------------------------------------------------------- categories

    @Override
    public Category createCategory(CategorySpec spec) {
        Check.given("spec", spec);
        String id = spec.id() == null ? IdGenerator.next() : Check.id("id", spec.id());
        String name = Check.text("name", spec.name(), MAX_CATEGORY_NAME);
        Visibility visibility = Check.given("visibility", spec.visibility());
        String parentId = spec.parentId() == null ? null : Check.id("parentId", spec.parentId());
        return hub.tx().write(() -> {
            CategoryTree tree = tree();
            if (tree.get(id) != null) {
                throw new ConflictException("id", "must not name an existing category", id);
            }
            if (parentId != null && tree.get(parentId) == null) {
                throw new UnknownCategoryException("parentId", parentId);
            }
            int position = spec.position() != null ? spec.position() : nextPosition(tree, parentId);
            Category category = new Category(id, parentId, name, position, visibility, hub.now());
            store.insertCategory(category);
            return category;
        });
    }

    @Override
    public Category renameCategory(String categoryId, String name) {
        String id = Check.id("categoryId", categoryId);
        String newName = Check.text("name", name, MAX_CATEGORY_NAME);
        return hub.tx().write(() -> {
            Category old = existingCategory(id);
            Category renamed = new Category(id, old.parentId(), newName, old.position(), old.visibility(),
                    old.createdAt());
            store.updateCategory(renamed);
            return renamed;
        });
    }

    @Override
    public Category moveCategory(String categoryId, String parentId, int position) {
        String id = Check.id("categoryId", categoryId);
        String newParent = parentId == null ? null : Check.id("parentId", parentId);
        return hub.tx().write(() -> {
            CategoryTree tree = tree();
            Category old = existingCategory(id);
            if (newParent != null) {
                if (tree.get(newParent) == null) {
                    throw new UnknownCategoryException("parentId", newParent);
                }
                if (tree.subtree(id).contains(newParent)) {
                    throw new ConflictException("parentId",
                            "must not be the category itself or one of its descendants (that would make a cycle)",
                            newParent);
                }
            }
            Category moved = new Category(id, newParent, old.name(), position, old.visibility(), old.createdAt());
            store.updateCategory(moved);
            refreshRules(tree.subtree(id));
            return moved;
        });
    }

    @Override
    public Category changeCategoryVisibility(String categoryId, Visibility visibility) {
        String id = Check.id("categoryId", categoryId);
        Visibility newVisibility = Check.given("visibility", visibility);
        return hub.tx().write(() -> {
            Category old = existingCategory(id);
            Category changed = new Category(id, old.parentId(), old.name(), old.position(), newVisibility,
                    old.createdAt());
            store.updateCategory(changed);
            refreshRules(tree().subtree(id));
            return changed;
        });
    }

    @Override
    public void deleteCategory(String categoryId) {
        String id = Check.id("categoryId", categoryId);
        hub.tx().write(() -> {
            CategoryTree tree = tree();
            if (tree.get(id) == null) {
                throw new UnknownCategoryException("categoryId", id);
            }
            if (!tree.children(id).isEmpty()) {
                throw new ConflictException("categoryId", "must name an empty category, without child categories",
                        id);
            }
            if (store.hasMaterials(id)) {
                throw new ConflictException("categoryId", "must name an empty category, without materials", id);
            }
            store.deleteCategory(id);
            return null;
        });
    }

    @Override
    public List<CategoryNode> categoryTree(Viewer viewer) {
        Check.given("viewer", viewer);
        return hub.tx().read(() -> {
            CategoryTree tree = tree();
            Map<String, Long> counts = store.countListable(viewer, hub.now());
            return nodes(tree, null, viewer, counts);
        });
    }

    @Override
    public Optional<Category> category(Viewer viewer, String categoryId) {
        Check.given("viewer", viewer);
        String id = Check.id("categoryId", categoryId);
        return hub.tx().read(() -> {
            CategoryTree tree = tree();
            Category category = tree.get(id);
            if (category == null || !AccessPolicy.lists(viewer, tree.ruleOfCategory(id))) {
                return Optional.empty();
            }
            return Optional.of(category);
        });
    }

    private List<CategoryNode> nodes(CategoryTree tree, String parentId, Viewer viewer, Map<String, Long> counts) {
        List<CategoryNode> nodes = new ArrayList<>();
        for (Category child : tree.children(parentId)) {
            if (AccessPolicy.lists(viewer, tree.ruleOfCategory(child.id()))) {
                nodes.add(new CategoryNode(child, counts.getOrDefault(child.id(), 0L),
                        nodes(tree, child.id(), viewer, counts)));
            }
        }
        return nodes;
    }

    // ---------------------------------------------------------------- materials

    @Override
    public Material createMaterial(MaterialSpec spec) {
        Check.given("spec", spec);
        String id = spec.id() == null ? IdGenerator.next() : Check.id("id", spec.id());
        checkContent(spec);
        return hub.tx().write(() -> {
            if (store.material(id).isPresent()) {
                throw new ConflictException("id", "must not name an existing material", id);
            }
            CategoryTree tree = tree();
            List<String> categories = checkCategories(spec, tree);
            Instant now = hub.now();
            Material material = content(id, spec, categories, MaterialStatus.DRAFT, null, now, now);
            store.insertMaterial(new MaterialRecord(material, ruleOf(material, tree)), tokensOf(material));
            return material;
        });
    }

    @Override
    public Material updateMaterial(MaterialSpec spec) {
        Check.given("spec", spec);
        String id = Check.id("id", spec.id());
        checkContent(spec);
        return hub.tx().write(() -> {
            Material old = existingMaterial(id);
            CategoryTree tree = tree();
            List<String> categories = checkCategories(spec, tree);
            Material material = content(id, spec, categories, old.status(), old.publishAt(), old.createdAt(),
                    hub.now());
            store.updateMaterial(new MaterialRecord(material, ruleOf(material, tree)), tokensOf(material));
            return material;
        });
    }

    @Override
    public Material publish(String materialId) {
        return publish(materialId, null);
    }

    @Override
    public Material publish(String materialId, Instant publishAt) {
        String id = Check.id("materialId", materialId);
        return hub.tx().write(() -> {
            Material old = existingMaterial(id);
            Instant now = hub.now();
            return changeStatus(old, MaterialStatus.PUBLISHED, publishAt == null ? now : publishAt, now);
        });
    }

    @Override
    public Material archive(String materialId) {
        String id = Check.id("materialId", materialId);
        return hub.tx().write(() -> {
            Material old = existingMaterial(id);
            return changeStatus(old, MaterialStatus.ARCHIVED, old.publishAt(), hub.now());
        });
    }

    @Override
    public Optional<Material> material(Viewer viewer, String materialId) {
        Check.given("viewer", viewer);
        String id = Check.id("materialId", materialId);
        return hub.tx().read(() -> store.material(id)
                .filter(r -> AccessPolicy.lists(viewer, r, hub.now()))
                .map(MaterialRecord::material));
    }

    @Override
    public Page<SearchHit> search(Viewer viewer, SearchRequest request) {
        Check.given("viewer", viewer);
        Check.given("request", request);
        Page.check(request.page(), request.size());
        Check.maxLength("query", request.query(), 500);
        List<Set<String>> terms = Tokenizer.queryTerms(request.query());
        Set<String> tagKeys = new LinkedHashSet<>();
        for (String tag : request.tags()) {
            tagKeys.add(Tokenizer.tagKey(Check.text("tags", tag, MaterialSpec.MAX_TAG)));
        }
        return hub.tx().read(() -> {
            Set<String> categories = null;
            if (request.categoryId() != null) {
                CategoryTree tree = tree();
                String categoryId = request.categoryId();
                if (tree.get(categoryId) == null || !AccessPolicy.lists(viewer, tree.ruleOfCategory(categoryId))) {
                    // Unknown and hidden look the same: nothing to list.
                    return new Page<SearchHit>(List.of(), request.page(), request.size(), 0);
                }
                categories = tree.subtree(categoryId);
            }
            return store.search(new CatalogQuery(terms, viewer, hub.now(), categories, request.types(), tagKeys,
                    request.sort(), request.page(), request.size()));
        });
    }

    @Override
    public Page<Material> list(Viewer viewer, String categoryId, int page, int size) {
        Check.id("categoryId", categoryId);
        return search(viewer, SearchRequest.of("").withCategory(categoryId).sortedBy(SearchSort.NEWEST)
                .page(page, size)).map(SearchHit::material);
    }

    // ---------------------------------------------------------------- helpers

    /** @return the search tokens of a material, as every store indexes them */
    public static SearchTokens tokensOf(Material material) {
        Set<String> other = new LinkedHashSet<>(Tokenizer.indexTokens(material.summary()));
        other.addAll(Tokenizer.indexTokens(material.attributes().values()));
        Set<String> tagKeys = new LinkedHashSet<>();
        for (String tag : material.tags()) {
            tagKeys.add(Tokenizer.tagKey(tag));
        }
        return new SearchTokens(Tokenizer.indexTokens(material.title()), Tokenizer.indexTokens(material.tags()),
                other, tagKeys);
    }

    private CategoryTree tree() {
        return new CategoryTree(store.categories());
    }

    private Category existingCategory(String id) {
        return store.category(id).orElseThrow(() -> new UnknownCategoryException("categoryId", id));
    }

    private Material existingMaterial(String id) {
        return store.material(id).orElseThrow(() -> new UnknownMaterialException("materialId", id)).material();
    }

    private static int nextPosition(CategoryTree tree, String parentId) {
        List<Category> siblings = tree.children(parentId);
        return siblings.isEmpty() ? 0 : siblings.get(siblings.size() - 1).position() + 1;
    }

    private Material changeStatus(Material old, MaterialStatus status, Instant publishAt, Instant now) {
        Material changed = new Material(old.id(), old.title(), old.summary(), old.type(), old.tags(),
                old.categoryIds(), old.fileRef(), status, publishAt, old.visibility(), old.downloadVisibility(),
                old.attributes(), old.createdAt(), now);
        MaterialRecord record = new MaterialRecord(changed, ruleOf(changed, tree()));
        store.updateMaterial(record, tokensOf(changed));
        return changed;
    }

    private void refreshRules(Set<String> categoryIds) {
        CategoryTree tree = tree();
        Map<String, AccessRule> rules = new LinkedHashMap<>();
        for (MaterialRecord record : store.materialsIn(categoryIds)) {
            AccessRule rule = ruleOf(record.material(), tree);
            if (!rule.equals(record.rule())) {
                rules.put(record.material().id(), rule);
            }
        }
        if (!rules.isEmpty()) {
            store.updateRules(rules);
        }
    }

    private static AccessRule ruleOf(Material material, CategoryTree tree) {
        return tree.ruleOf(material.visibility(), material.categoryIds());
    }

    private static void checkContent(MaterialSpec spec) {
        Check.text("title", spec.title(), MaterialSpec.MAX_TITLE);
        Check.optionalText("summary", spec.summary(), MaterialSpec.MAX_SUMMARY);
        Check.given("type", spec.type());
        Check.maxSize("tags", spec.tags(), MaterialSpec.MAX_TAGS);
        for (String tag : spec.tags()) {
            Check.text("tags", tag, MaterialSpec.MAX_TAG);
        }
        Check.optionalText("fileRef", spec.fileRef(), MaterialSpec.MAX_FILE_REF);
        Visibility visibility = Check.given("visibility", spec.visibility());
        Visibility download = spec.downloadVisibility();
        if (download != null) {
            if (download.level() == Visibility.Level.PUBLIC) {
                throw new InvalidInputException("downloadVisibility",
                        "must be MEMBERS or INTERNAL (leave it out when download needs no more than viewing)",
                        download.level());
            }
            if (!download.atLeastAsStrictAs(visibility)) {
                throw new InvalidInputException("downloadVisibility",
                        "must be at least as strict as visibility (" + visibility.level() + ")", download.level());
            }
        }
        Check.maxSize("attributes", spec.attributes(), MaterialSpec.MAX_ATTRIBUTES);
        for (Map.Entry<String, String> attribute : spec.attributes().entrySet()) {
            Check.text("attributes", attribute.getKey(), MaterialSpec.MAX_ATTRIBUTE_NAME);
            Check.given("attributes." + attribute.getKey(), attribute.getValue());
            Check.maxLength("attributes." + attribute.getKey(), attribute.getValue(),
                    MaterialSpec.MAX_ATTRIBUTE_VALUE);
        }
        if (spec.categoryIds().isEmpty()) {
            throw new InvalidInputException("categoryIds", "must name at least one category", spec.categoryIds());
        }
        Check.maxSize("categoryIds", spec.categoryIds(), MaterialSpec.MAX_CATEGORIES);
        for (String category : spec.categoryIds()) {
            Check.id("categoryIds", category);
        }
    }

    private static List<String> checkCategories(MaterialSpec spec, CategoryTree tree) {
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(spec.categoryIds()));
        for (String category : categories) {
            if (tree.get(category) == null) {
                throw new UnknownCategoryException("categoryIds", category);
            }
        }
        return categories;
    }

    private static Material content(String id, MaterialSpec spec, List<String> categories, MaterialStatus status,
            Instant publishAt, Instant createdAt, Instant updatedAt) {
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(spec.tags()));
        Map<String, String> attributes = new TreeMap<>(Ids.ORDER);
        attributes.putAll(spec.attributes());
        return new Material(id, spec.title(), spec.summary() == null ? "" : spec.summary(), spec.type(), tags,
                categories, spec.fileRef(), status, publishAt, spec.visibility(), spec.downloadVisibility(),
                new HashMap<>(attributes), createdAt, updatedAt);
    }
}
