package io.sharehub.store.memory;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.access.AccessRule;
import io.sharehub.access.Viewer;
import io.sharehub.access.internal.AccessPolicy;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchSort;
import io.sharehub.catalog.spi.CatalogQuery;
import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.catalog.spi.MaterialRecord;
import io.sharehub.catalog.spi.SearchTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The catalog in memory, with an inverted index from token to material. Guarded by the set's
 * {@link InMemoryTransactions}: reads share the lock, writes hold it alone.
 */
final class InMemoryCatalogStore implements CatalogStore {
    private static final class Doc {
        final int number;
        MaterialRecord record;
        SearchTokens tokens;

        Doc(int number, MaterialRecord record, SearchTokens tokens) {
            this.number = number;
            this.record = record;
            this.tokens = tokens;
        }
    }

    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, Doc> byId = new HashMap<>();
    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, IntSet> postings = new HashMap<>();
    private final Map<String, Set<String>> byCategory = new HashMap<>();
    private ToLongFunction<String> views = id -> 0L;

    /** @param allTimeViews all-time views of a material, for {@link SearchSort#MOST_VIEWED} */
    void viewsFrom(ToLongFunction<String> allTimeViews) {
        this.views = allTimeViews;
    }

    @Override
    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    @Override
    public Optional<Category> category(String categoryId) {
        return Optional.ofNullable(categories.get(categoryId));
    }

    @Override
    public void insertCategory(Category category) {
        categories.put(category.id(), category);
    }

    @Override
    public void updateCategory(Category category) {
        categories.put(category.id(), category);
    }

    @Override
    public void deleteCategory(String categoryId) {
        categories.remove(categoryId);
        byCategory.remove(categoryId);
    }

    @Override
    public boolean hasMaterials(String categoryId) {
        Set<String> ids = byCategory.get(categoryId);
        return ids != null && !ids.isEmpty();
    }

    @Override
    public void insertMaterial(MaterialRecord record, SearchTokens tokens) {
        Doc doc = new Doc(docs.size(), record, tokens);
        docs.add(doc);
        byId.put(record.material().id(), doc);
        index(doc, tokens, true);
        link(record.material(), true);
    }

    @Override
    public void updateMaterial(MaterialRecord record, SearchTokens tokens) {
        Doc doc = byId.get(record.material().id());
        index(doc, doc.tokens, false);
        link(doc.record.material(), false);
        doc.record = record;
        doc.tokens = tokens;
        index(doc, tokens, true);
        link(record.material(), true);
    }

    @Override
    public void updateRules(Map<String, AccessRule> rules) {
        rules.forEach((id, rule) -> {
            Doc doc = byId.get(id);
            doc.record = new MaterialRecord(doc.record.material(), rule);
        });
    }

    @Override
    public Optional<MaterialRecord> material(String materialId) {
        Doc doc = byId.get(materialId);
        return doc == null ? Optional.empty() : Optional.of(doc.record);
    }

    @Override
    public Map<String, MaterialRecord> materials(Collection<String> materialIds) {
        Map<String, MaterialRecord> found = new LinkedHashMap<>();
        for (String id : materialIds) {
            Doc doc = byId.get(id);
            if (doc != null) {
                found.put(id, doc.record);
            }
        }
        return found;
    }

    /** @return every material, in insertion order */
    List<MaterialRecord> allMaterials() {
        return docs.stream().map(d -> d.record).toList();
    }

    @Override
    public List<MaterialRecord> materialsIn(Collection<String> categoryIds) {
        Set<String> ids = new HashSet<>();
        for (String category : categoryIds) {
            ids.addAll(byCategory.getOrDefault(category, Set.of()));
        }
        return ids.stream().map(id -> byId.get(id).record).toList();
    }

    @Override
    public Page<SearchHit> search(CatalogQuery query) {
        List<Doc> candidates = candidates(query.terms());
        List<SearchHit> hits = new ArrayList<>();
        for (Doc doc : candidates) {
            Material material = doc.record.material();
            if (!AccessPolicy.lists(query.viewer(), doc.record, query.now())
                    || !inFilters(doc, query)) {
                continue;
            }
            int score = 0;
            for (Set<String> term : query.terms()) {
                score += doc.tokens.score(term);
            }
            hits.add(new SearchHit(material, score));
        }
        hits.sort(order(query.sort()));
        int from = (int) Math.min(hits.size(), (long) query.page() * query.size());
        int to = Math.min(hits.size(), from + query.size());
        return new Page<>(hits.subList(from, to), query.page(), query.size(), hits.size());
    }

    @Override
    public Map<String, Long> countListable(Viewer viewer, Instant now) {
        Map<String, Long> counts = new HashMap<>();
        for (Doc doc : docs) {
            MaterialRecord record = doc.record;
            if (!record.material().isLive(now) || !AccessPolicy.lists(viewer, record.rule())) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String category : record.material().categoryIds()) {
                String current = category;
                while (current != null && seen.add(current)) {
                    Category c = categories.get(current);
                    current = c == null ? null : c.parentId();
                }
            }
            for (String category : seen) {
                counts.merge(category, 1L, Long::sum);
            }
        }
        return counts;
    }

    private List<Doc> candidates(List<Set<String>> terms) {
        if (terms.isEmpty()) {
            return docs;
        }
        Set<String> tokens = new HashSet<>();
        terms.forEach(tokens::addAll);
        IntSet[] sets = new IntSet[tokens.size()];
        int i = 0;
        for (String token : tokens) {
            IntSet set = postings.get(token);
            if (set == null) {
                return List.of();
            }
            sets[i++] = set;
        }
        int[] numbers = IntSet.intersect(sets);
        List<Doc> found = new ArrayList<>(numbers.length);
        for (int number : numbers) {
            found.add(docs.get(number));
        }
        return found;
    }

    private static boolean inFilters(Doc doc, CatalogQuery query) {
        Material material = doc.record.material();
        if (!query.types().isEmpty() && !query.types().contains(material.type())) {
            return false;
        }
        if (!doc.tokens.tagKeys().containsAll(query.tagKeys())) {
            return false;
        }
        if (query.categoryIds() != null) {
            for (String category : material.categoryIds()) {
                if (query.categoryIds().contains(category)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private Comparator<SearchHit> order(SearchSort sort) {
        Comparator<SearchHit> newest = Comparator.comparing(SearchHit::material, NEWEST);
        return switch (sort) {
            case RELEVANCE -> Comparator.comparingInt(SearchHit::score).reversed().thenComparing(newest);
            case NEWEST -> newest;
            case MOST_VIEWED -> Comparator.<SearchHit>comparingLong(h -> views.applyAsLong(h.material().id()))
                    .reversed().thenComparing(newest);
        };
    }

    /** Published (by publish instant) before never-published (by creation), latest first, then id. */
    static final Comparator<Material> NEWEST = (a, b) -> {
        boolean pa = a.publishAt() != null;
        boolean pb = b.publishAt() != null;
        if (pa != pb) {
            return pa ? -1 : 1;
        }
        int c = pa ? b.publishAt().compareTo(a.publishAt()) : b.createdAt().compareTo(a.createdAt());
        return c != 0 ? c : Ids.compare(a.id(), b.id());
    };

    private void index(Doc doc, SearchTokens tokens, boolean add) {
        Set<String> all = new HashSet<>(tokens.title());
        all.addAll(tokens.tags());
        all.addAll(tokens.other());
        for (String token : all) {
            if (add) {
                postings.computeIfAbsent(token, t -> new IntSet()).add(doc.number);
            } else {
                IntSet set = postings.get(token);
                set.remove(doc.number);
                if (set.size() == 0) {
                    postings.remove(token);
                }
            }
        }
    }

    private void link(Material material, boolean add) {
        for (String category : material.categoryIds()) {
            if (add) {
                byCategory.computeIfAbsent(category, c -> new HashSet<>()).add(material.id());
            } else {
                Set<String> ids = byCategory.get(category);
                if (ids != null) {
                    ids.remove(material.id());
                }
            }
        }
    }
}
