package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.ViewerKind;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.CategoryNode;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.catalog.SearchSort;
import io.sharehub.catalog.Tokenizer;
import io.sharehub.store.Stores;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties every store must keep for the catalog: for random category trees, materials,
 * viewers and queries, search results, listings and category counts equal a brute-force
 * evaluation of DESIGN's rules, written here independently of the core. A store author extends
 * this class and implements {@link #stores()}.
 */
public abstract class CatalogProperties {
    private static final List<String> PIECES = List.of("刹车", "车片", "片", "手册", "海报", "爆款", "新品", "盘",
            "iPhone", "BP", "bp", "15", "2043", "-", " ", "ＢＰ", "🔥", "Ａ");
    private static final List<String> GROUPS = List.of("sales", "dealer:east");
    private static final List<String> PEOPLE = List.of("p1", "p2", "P1");
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    /** @return a new, empty store set; called once per try */
    protected abstract Stores stores();

    /** One random catalog. */
    record CategoryDef(String id, int parentIndex, Visibility visibility) {
    }

    /** One random material. */
    record MaterialDef(String id, String title, String summary, List<String> tags, String attribute, int status,
            Visibility visibility, List<Integer> categories, MaterialType type) {
    }

    @Property(tries = 150)
    void searchListingsAndCountsEqualBruteForce(@ForAll("categories") List<CategoryDef> categories,
            @ForAll("materials") List<MaterialDef> materials, @ForAll("viewers") List<Viewer> viewers,
            @ForAll("queries") List<String> queries) {
        MutableClock clock = MutableClock.at(START);
        ShareHub hub = ShareHub.builder().stores(stores()).clock(clock).zone(ZoneId.of("Asia/Shanghai")).build();
        Map<String, Category> tree = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryDef def = categories.get(i);
            String parent = i == 0 || def.parentIndex() < 0 ? null : categories.get(def.parentIndex() % i).id();
            tree.put(def.id(), hub.catalog().createCategory(new CategorySpec(def.id(), parent, "类" + i, i % 3,
                    def.visibility())));
        }
        List<String> categoryIds = new ArrayList<>(tree.keySet());
        List<Material> stored = new ArrayList<>();
        for (MaterialDef def : materials) {
            List<String> in = def.categories().stream().map(i -> categoryIds.get(i % categoryIds.size())).distinct()
                    .toList();
            MaterialSpec spec = MaterialSpec.of(def.id(), def.title(), in.toArray(String[]::new))
                    .withSummary(def.summary()).withTags(def.tags().toArray(String[]::new))
                    .withVisibility(def.visibility()).withType(def.type());
            if (def.attribute() != null) {
                spec = spec.withAttribute("partNumber", def.attribute());
            }
            hub.catalog().createMaterial(spec);
            switch (def.status()) {
                case 1 -> hub.catalog().publish(def.id());
                case 2 -> hub.catalog().publish(def.id(), clock.instant().plus(Duration.ofHours(1)));
                case 3 -> {
                    hub.catalog().publish(def.id());
                    hub.catalog().archive(def.id());
                }
                default -> { }
            }
            clock.advance(Duration.ofSeconds(def.id().length() % 2));
            stored.add(hub.catalog().material(Viewer.admin("admin"), def.id()).orElseThrow());
        }
        Instant now = clock.instant();
        Model model = new Model(tree, stored, now);

        for (Viewer viewer : viewers) {
            for (String query : queries) {
                for (SearchSort sort : List.of(SearchSort.RELEVANCE, SearchSort.NEWEST)) {
                    Page<SearchHit> page = hub.catalog().search(viewer, SearchRequest.of(query).sortedBy(sort)
                            .page(0, 1000));
                    List<SearchHit> expected = model.search(viewer, query, null, sort);
                    assertThat(page.items()).as("%s searching '%s' by %s", viewer, query, sort)
                            .extracting(h -> h.material().id() + ":" + h.score())
                            .containsExactlyElementsOf(expected.stream()
                                    .map(h -> h.material().id() + ":" + h.score()).toList());
                    assertThat(page.total()).isEqualTo(expected.size());
                    if (expected.size() > 2) {
                        Page<SearchHit> second = hub.catalog().search(viewer,
                                SearchRequest.of(query).sortedBy(sort).page(1, 2));
                        assertThat(second.items()).extracting(h -> h.material().id())
                                .containsExactlyElementsOf(expected.subList(2, Math.min(4, expected.size())).stream()
                                        .map(h -> h.material().id()).toList());
                    }
                }
            }
            for (String category : categoryIds) {
                List<String> listed = hub.catalog().list(viewer, category, 0, 1000).items().stream()
                        .map(Material::id).toList();
                List<String> expected = model.categoryVisible(viewer, category)
                        ? model.search(viewer, "", category, SearchSort.NEWEST).stream().map(h -> h.material().id())
                        .toList()
                        : List.of();
                assertThat(listed).as("%s listing %s", viewer, category).containsExactlyElementsOf(expected);
            }
            Map<String, Long> counts = new HashMap<>();
            collect(hub.catalog().categoryTree(viewer), counts);
            Map<String, Long> expectedCounts = new HashMap<>();
            for (String category : categoryIds) {
                if (model.categoryVisible(viewer, category)) {
                    expectedCounts.put(category, model.count(viewer, category));
                }
            }
            assertThat(counts).as("category counts for %s", viewer).isEqualTo(expectedCounts);
            for (Material material : stored) {
                boolean listable = model.listable(viewer, material);
                assertThat(hub.access().decide(viewer, material.id(), Action.LIST).isAllowed())
                        .as("%s may list %s", viewer, material.id()).isEqualTo(listable);
                if (!listable) {
                    assertThat(hub.access().decide(viewer, material.id(), Action.VIEW)).isEqualTo(Decision.NOT_FOUND);
                }
            }
        }
    }

    private static void collect(List<CategoryNode> nodes, Map<String, Long> counts) {
        for (CategoryNode node : nodes) {
            counts.put(node.category().id(), node.materialCount());
            collect(node.children(), counts);
        }
    }

    /** DESIGN's rules, evaluated the slow, obvious way. */
    static final class Model {
        final Map<String, Category> tree;
        final List<Material> materials;
        final Instant now;

        Model(Map<String, Category> tree, List<Material> materials, Instant now) {
            this.tree = tree;
            this.materials = materials;
            this.now = now;
        }

        boolean inAudience(Viewer viewer, Visibility visibility) {
            if (visibility.level() != Visibility.Level.INTERNAL) {
                return true;
            }
            if (visibility.people().contains(viewer.id())) {
                return true;
            }
            if (viewer.kind() != ViewerKind.EMPLOYEE) {
                return false;
            }
            if (visibility.groups().isEmpty() && visibility.people().isEmpty()) {
                return true;
            }
            return viewer.groups().stream().anyMatch(visibility.groups()::contains);
        }

        List<Category> ancestorsAndSelf(String categoryId) {
            List<Category> path = new ArrayList<>();
            for (Category c = tree.get(categoryId); c != null; c = c.parentId() == null ? null : tree.get(c.parentId())) {
                path.add(c);
            }
            return path;
        }

        boolean categoryVisible(Viewer viewer, String categoryId) {
            return viewer.kind() == ViewerKind.ADMIN
                    || ancestorsAndSelf(categoryId).stream().allMatch(c -> inAudience(viewer, c.visibility()));
        }

        boolean live(Material material) {
            return material.status() == io.sharehub.catalog.MaterialStatus.PUBLISHED
                    && !material.publishAt().isAfter(now);
        }

        boolean rulesAdmit(Viewer viewer, Material material) {
            if (!inAudience(viewer, material.visibility())) {
                return false;
            }
            for (String category : material.categoryIds()) {
                if (!ancestorsAndSelf(category).stream().allMatch(c -> inAudience(viewer, c.visibility()))) {
                    return false;
                }
            }
            return true;
        }

        boolean listable(Viewer viewer, Material material) {
            return viewer.kind() == ViewerKind.ADMIN || (live(material) && rulesAdmit(viewer, material));
        }

        Set<String> subtree(String categoryId) {
            Set<String> ids = new HashSet<>();
            for (Category c : tree.values()) {
                if (ancestorsAndSelf(c.id()).stream().anyMatch(a -> a.id().equals(categoryId))) {
                    ids.add(c.id());
                }
            }
            return ids;
        }

        long count(Viewer viewer, String categoryId) {
            Set<String> sub = subtree(categoryId);
            return materials.stream()
                    .filter(m -> live(m) && (viewer.kind() == ViewerKind.ADMIN || rulesAdmit(viewer, m)))
                    .filter(m -> m.categoryIds().stream().anyMatch(sub::contains))
                    .count();
        }

        List<SearchHit> search(Viewer viewer, String query, String category, SearchSort sort) {
            List<Set<String>> terms = Tokenizer.queryTerms(query);
            Set<String> sub = category == null ? null : subtree(category);
            List<SearchHit> hits = new ArrayList<>();
            for (Material m : materials) {
                if (!listable(viewer, m) || (sub != null && m.categoryIds().stream().noneMatch(sub::contains))) {
                    continue;
                }
                Set<String> title = Tokenizer.indexTokens(m.title());
                Set<String> tags = Tokenizer.indexTokens(m.tags());
                Set<String> all = new HashSet<>(title);
                all.addAll(tags);
                all.addAll(Tokenizer.indexTokens(m.summary()));
                all.addAll(Tokenizer.indexTokens(m.attributes().values()));
                int score = 0;
                boolean match = true;
                for (Set<String> term : terms) {
                    if (!all.containsAll(term)) {
                        match = false;
                        break;
                    }
                    score += title.containsAll(term) ? 3 : tags.containsAll(term) ? 2 : 1;
                }
                if (match) {
                    hits.add(new SearchHit(m, score));
                }
            }
            Comparator<Material> newest = Comparator
                    .comparing((Material m) -> m.publishAt() == null)
                    .thenComparing(m -> m.publishAt() == null ? m.createdAt() : m.publishAt(), Comparator.reverseOrder())
                    .thenComparing(Material::id, Ids.ORDER);
            Comparator<SearchHit> byNewest = Comparator.comparing(SearchHit::material, newest);
            hits.sort(sort == SearchSort.RELEVANCE
                    ? Comparator.comparingInt(SearchHit::score).reversed().thenComparing(byNewest)
                    : byNewest);
            return hits;
        }
    }

    @Provide
    Arbitrary<List<CategoryDef>> categories() {
        Arbitrary<CategoryDef> one = Combinators.combine(
                Arbitraries.integers().between(-1, 5), visibilities()).as((parent, vis) -> new CategoryDef("", parent, vis));
        return one.list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<CategoryDef> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(new CategoryDef("c" + i, list.get(i).parentIndex(), list.get(i).visibility()));
            }
            return named;
        });
    }

    @Provide
    Arbitrary<List<MaterialDef>> materials() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(5).map(p -> String.join("", p))
                .filter(s -> !s.isBlank());
        Arbitrary<MaterialDef> one = Combinators.combine(
                text, text.injectNull(0.5), text.list().ofMaxSize(3), Arbitraries.of("BP-2043", "15", "A-1").injectNull(0.6),
                Arbitraries.integers().between(0, 3), visibilities(),
                Arbitraries.integers().between(0, 9).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(MaterialType.class))
                .as((title, summary, tags, attribute, status, vis, cats, type) ->
                        new MaterialDef("", title, summary, tags, attribute, status, vis, cats, type));
        return one.list().ofMaxSize(14).map(list -> {
            List<MaterialDef> named = new ArrayList<>();
            String[] ids = {"m", "M", "m ", "mB", "ma", "\uD83D\uDE00", "\uFFFD"};
            for (int i = 0; i < list.size(); i++) {
                MaterialDef d = list.get(i);
                String id = ids[i % ids.length] + (i / ids.length == 0 ? "" : String.valueOf(i / ids.length));
                named.add(new MaterialDef(id, d.title(), d.summary(), d.tags(), d.attribute(), d.status(),
                        d.visibility(), d.categories(), d.type()));
            }
            return named;
        });
    }

    @Provide
    Arbitrary<List<Viewer>> viewers() {
        Arbitrary<Viewer> one = Combinators.combine(Arbitraries.of(ViewerKind.class),
                Arbitraries.of(PEOPLE), Arbitraries.subsetOf(GROUPS))
                .as((kind, id, groups) -> new Viewer(id, kind, groups, null));
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<String>> queries() {
        Arbitrary<String> term = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("", p));
        return term.list().ofMaxSize(3).map(t -> String.join(" ", t)).list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<Visibility> visibilities() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Visibility.PUBLIC)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Visibility.MEMBERS)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(Arbitraries.subsetOf(GROUPS), Arbitraries.subsetOf(PEOPLE))
                        .as(Visibility::internal)));
    }
}
