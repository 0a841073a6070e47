package io.sharehub.jpa.internal;

import io.sharehub.Page;
import io.sharehub.access.AccessRule;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchSort;
import io.sharehub.catalog.spi.CatalogQuery;
import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.catalog.spi.MaterialRecord;
import io.sharehub.catalog.spi.SearchTokens;
import io.sharehub.jpa.internal.entity.CatalogCategoryEntity;
import io.sharehub.jpa.internal.entity.CatalogMaterialEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog on Jakarta Persistence. Categories and materials are entities; the search index is
 * kept in SQL tables written with each material: {@code sh_material_token} (one row per token,
 * with flags for the fields it occurs in), {@code sh_material_tag} (tag keys),
 * {@code sh_material_category} and {@code sh_material_audience} (the INTERNAL audiences of the
 * material's rule, for the listing filter). A search is one SQL statement that filters, scores
 * (3/2/1 per term), sorts and pages, with the total from a window count; a second statement
 * counts only when a page past the end is asked for.
 */
public final class JpaCatalogStore implements CatalogStore {
    /** The entities this store maps. */
    public static final List<Class<?>> ENTITIES = List.of(CatalogCategoryEntity.class, CatalogMaterialEntity.class);

    /** Rows per multi-row insert of index rows. */
    private static final int ROWS_PER_INSERT = 100;

    private final JpaContext context;
    private volatile Runnable beforeCounterReads = () -> { };

    /**
     * @param context the current transaction's entity manager and the SQL family
     */
    public JpaCatalogStore(JpaContext context) {
        this.context = context;
    }

    /**
     * @param flush run before a search sorted by views reads the view counters, so that counts
     *     the engagement store holds back until the end of the transaction are in them
     */
    public void beforeCounterReads(Runnable flush) {
        this.beforeCounterReads = flush;
    }

    private EntityManager em() {
        return context.em();
    }

    // ---------------------------------------------------------------- categories

    @Override
    public List<Category> categories() {
        List<CatalogCategoryEntity> all = em()
                .createQuery("SELECT c FROM ShareHubCategory c", CatalogCategoryEntity.class).getResultList();
        List<Category> categories = new ArrayList<>(all.size());
        for (CatalogCategoryEntity e : all) {
            categories.add(category(e));
        }
        return categories;
    }

    @Override
    public Optional<Category> category(String categoryId) {
        return Optional.ofNullable(em().find(CatalogCategoryEntity.class, categoryId)).map(JpaCatalogStore::category);
    }

    @Override
    public void insertCategory(Category category) {
        CatalogCategoryEntity e = new CatalogCategoryEntity(category.id());
        fill(e, category);
        em().persist(e);
    }

    @Override
    public void updateCategory(Category category) {
        fill(em().find(CatalogCategoryEntity.class, category.id()), category);
    }

    @Override
    public void deleteCategory(String categoryId) {
        EntityManager em = em();
        CatalogCategoryEntity e = em.find(CatalogCategoryEntity.class, categoryId);
        if (e != null) {
            em.remove(e);
        }
        Sql.of("DELETE FROM sh_material_category WHERE category_id = ").param(categoryId).update(em);
    }

    @Override
    public boolean hasMaterials(String categoryId) {
        EntityManager em = em();
        em.flush();
        return !Sql.of("SELECT material_id FROM sh_material_category WHERE category_id = ").param(categoryId)
                .query(em).setMaxResults(1).getResultList().isEmpty();
    }

    private static Category category(CatalogCategoryEntity e) {
        return new Category(e.getId(), e.getParentId(), e.getName(), e.getPosition(), Json.visibility(e.getVisibility()),
                Values.instant(e.getCreatedAt()));
    }

    private static void fill(CatalogCategoryEntity e, Category category) {
        e.setParentId(category.parentId());
        e.setName(category.name());
        e.setPosition(category.position());
        e.setVisibility(Json.visibility(category.visibility()));
        e.setCreatedAt(Values.decimal(category.createdAt()));
    }

    // ---------------------------------------------------------------- materials

    @Override
    public void insertMaterial(MaterialRecord record, SearchTokens tokens) {
        EntityManager em = em();
        CatalogMaterialEntity e = new CatalogMaterialEntity(record.material().id());
        MaterialRows.fill(e, record);
        em.persist(e);
        writeIndex(em, record, tokens);
    }

    @Override
    public void updateMaterial(MaterialRecord record, SearchTokens tokens) {
        EntityManager em = em();
        String id = record.material().id();
        CatalogMaterialEntity e = em.find(CatalogMaterialEntity.class, id);
        // Publishing and archiving change neither the text nor the categories nor the rule: the
        // index rows stay as they are then.
        boolean text = !(e.getTitle().equals(record.material().title())
                && e.getSummary().equals(record.material().summary())
                && e.getTags().equals(Json.strings(record.material().tags()))
                && e.getAttributes().equals(Json.map(record.material().attributes())));
        boolean categories = !e.getCategoryIds().equals(Json.strings(record.material().categoryIds()));
        boolean rule = !e.getAccessRule().equals(Json.rule(record.rule()));
        MaterialRows.fill(e, record);
        if (categories) {
            Sql.of("DELETE FROM sh_material_category WHERE material_id = ").param(id).update(em);
            insertCategories(em, record);
        }
        if (text) {
            Sql.of("DELETE FROM sh_material_tag WHERE material_id = ").param(id).update(em);
            Sql.of("DELETE FROM sh_material_token WHERE material_id = ").param(id).update(em);
            insertTokens(em, id, tokens);
        }
        if (rule) {
            Sql.of("DELETE FROM sh_material_audience WHERE material_id = ").param(id).update(em);
            insertRows(em, "sh_material_audience", "material_id, audience_no, kind, name", audienceRows(id, record.rule()));
        }
    }

    @Override
    public void updateRules(Map<String, AccessRule> rules) {
        EntityManager em = em();
        for (Map.Entry<String, AccessRule> entry : rules.entrySet()) {
            CatalogMaterialEntity e = em.find(CatalogMaterialEntity.class, entry.getKey());
            MaterialRows.fill(e, new MaterialRecord(MaterialRows.record(e).material(), entry.getValue()));
            Sql.of("DELETE FROM sh_material_audience WHERE material_id = ").param(entry.getKey()).update(em);
            insertRows(em, "sh_material_audience", "material_id, audience_no, kind, name",
                    audienceRows(entry.getKey(), entry.getValue()));
        }
    }

    @Override
    public Optional<MaterialRecord> material(String materialId) {
        return Optional.ofNullable(em().find(CatalogMaterialEntity.class, materialId)).map(MaterialRows::record);
    }

    @Override
    public Map<String, MaterialRecord> materials(Collection<String> materialIds) {
        EntityManager em = em();
        Map<String, MaterialRecord> byId = new HashMap<>();
        for (List<String> chunk : Values.chunks(new LinkedHashSet<>(materialIds))) {
            for (CatalogMaterialEntity e : em.createQuery("SELECT m FROM ShareHubMaterial m WHERE m.id IN :ids",
                    CatalogMaterialEntity.class).setParameter("ids", chunk).getResultList()) {
                byId.put(e.getId(), MaterialRows.record(e));
            }
        }
        Map<String, MaterialRecord> found = new LinkedHashMap<>();
        for (String id : materialIds) {
            MaterialRecord record = byId.get(id);
            if (record != null) {
                found.put(id, record);
            }
        }
        return found;
    }

    @Override
    public List<MaterialRecord> materialsIn(Collection<String> categoryIds) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        EntityManager em = em();
        em.flush();
        Set<String> ids = new LinkedHashSet<>();
        for (List<String> chunk : Values.chunks(new LinkedHashSet<>(categoryIds))) {
            for (Object id : Sql.of("SELECT DISTINCT material_id FROM sh_material_category WHERE category_id IN (")
                    .params(chunk).append(")").column(em)) {
                ids.add(Values.text(id));
            }
        }
        return new ArrayList<>(materials(ids).values());
    }

    // ---------------------------------------------------------------- search

    @Override
    public Page<SearchHit> search(CatalogQuery query) {
        EntityManager em = em();
        if (query.sort() == SearchSort.MOST_VIEWED) {
            beforeCounterReads.run();
        }
        em.flush();
        SqlDialect dialect = context.dialect();
        boolean scored = !query.terms().isEmpty();
        Sql sql = Sql.of("SELECT " + MaterialRows.COLUMNS + ", " + (scored ? "h.score" : "0")
                + ", COUNT(*) OVER () FROM sh_material m");
        from(sql, query);
        String order = switch (query.sort()) {
            case RELEVANCE -> (scored ? "h.score DESC, " : "") + MaterialRows.newest(dialect);
            case NEWEST -> MaterialRows.newest(dialect);
            case MOST_VIEWED -> "COALESCE(t.views, 0) DESC, " + MaterialRows.newest(dialect);
        };
        sql.append(" ORDER BY " + order);
        @SuppressWarnings("unchecked")
        List<Object> result = sql.query(em).setFirstResult((int) Math.min(Integer.MAX_VALUE,
                (long) query.page() * query.size())).setMaxResults(query.size()).getResultList();
        List<SearchHit> hits = new ArrayList<>(result.size());
        long total = 0;
        for (Object item : result) {
            Object[] row = (Object[]) item;
            hits.add(new SearchHit(MaterialRows.record(row).material(), (int) Values.toLong(row[MaterialRows.WIDTH])));
            total = Values.toLong(row[MaterialRows.WIDTH + 1]);
        }
        if (hits.isEmpty() && query.page() > 0) {
            Sql count = Sql.of("SELECT COUNT(*) FROM sh_material m");
            from(count, query);
            total = Values.toLong(count.single(em));
        }
        return new Page<>(hits, query.page(), query.size(), total);
    }

    /** Appends the joins and the conditions of a search. */
    private void from(Sql sql, CatalogQuery query) {
        if (!query.terms().isEmpty()) {
            sql.append(" JOIN (");
            matches(sql, query.terms());
            sql.append(") h ON h.material_id = m.id");
        }
        if (query.sort() == SearchSort.MOST_VIEWED) {
            sql.append(" LEFT JOIN sh_material_total t ON t.material_id = m.id");
        }
        sql.append(" WHERE 1 = 1");
        MaterialRows.listable(sql, query.viewer(), query.now());
        if (!query.types().isEmpty()) {
            sql.append(" AND m.material_type IN (").params(query.types().stream().map(MaterialType::name).toList())
                    .append(")");
        }
        if (query.categoryIds() != null) {
            if (query.categoryIds().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND EXISTS (SELECT 1 FROM sh_material_category c WHERE c.material_id = m.id"
                        + " AND c.category_id IN (").params(query.categoryIds()).append("))");
            }
        }
        if (!query.tagKeys().isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            query.tagKeys().forEach(k -> keys.add(SearchKeys.of(k)));
            sql.append(" AND (SELECT COUNT(*) FROM sh_material_tag g WHERE g.material_id = m.id AND g.tag_key IN (")
                    .params(keys).append(")) = " + keys.size());
        }
    }

    /**
     * The materials holding every token of every term, with their relevance: per term 3 when all
     * its tokens are in the title, else 2 when all are in the tags, else 1.
     */
    private static void matches(Sql sql, List<Set<String>> terms) {
        Set<String> all = new LinkedHashSet<>();
        List<List<String>> termKeys = new ArrayList<>();
        for (Set<String> term : terms) {
            List<String> keys = term.stream().map(SearchKeys::of).distinct().toList();
            termKeys.add(keys);
            all.addAll(keys);
        }
        sql.append("SELECT tk.material_id, ");
        for (int i = 0; i < termKeys.size(); i++) {
            List<String> keys = termKeys.get(i);
            sql.append(i == 0 ? "" : " + ").append("(CASE WHEN SUM(CASE WHEN tk.in_title = 1 AND tk.token_key IN (")
                    .params(keys).append(") THEN 1 ELSE 0 END) = " + keys.size()
                            + " THEN 3 WHEN SUM(CASE WHEN tk.in_tags = 1 AND tk.token_key IN (").params(keys)
                    .append(") THEN 1 ELSE 0 END) = " + keys.size() + " THEN 2 ELSE 1 END)");
        }
        sql.append(" AS score FROM sh_material_token tk WHERE tk.token_key IN (").params(all)
                .append(") GROUP BY tk.material_id HAVING COUNT(*) = " + all.size());
    }

    @Override
    public Map<String, Long> countListable(Viewer viewer, Instant now) {
        EntityManager em = em();
        em.flush();
        Sql sql = Sql.of("WITH RECURSIVE up (category_id, ancestor_id) AS ("
                + "SELECT c.id, c.id FROM sh_category c"
                + " UNION ALL SELECT up.category_id, c.parent_id FROM up JOIN sh_category c ON c.id = up.ancestor_id"
                + " WHERE c.parent_id IS NOT NULL)"
                + " SELECT up.ancestor_id, COUNT(DISTINCT mc.material_id) FROM sh_material_category mc"
                + " JOIN up ON up.category_id = mc.category_id JOIN sh_material m ON m.id = mc.material_id WHERE 1 = 1");
        if (viewer.isAdmin()) {
            MaterialRows.live(sql, now);
        } else {
            MaterialRows.listable(sql, viewer, now);
        }
        sql.append(" GROUP BY up.ancestor_id");
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : sql.rows(em)) {
            counts.put(Values.text(row[0]), Values.toLong(row[1]));
        }
        return counts;
    }

    // ---------------------------------------------------------------- the index

    private void writeIndex(EntityManager em, MaterialRecord record, SearchTokens tokens) {
        String id = record.material().id();
        insertCategories(em, record);
        insertTokens(em, id, tokens);
        insertRows(em, "sh_material_audience", "material_id, audience_no, kind, name", audienceRows(id, record.rule()));
    }

    private static void insertCategories(EntityManager em, MaterialRecord record) {
        String id = record.material().id();
        List<List<?>> categories = new ArrayList<>();
        for (String category : new LinkedHashSet<>(record.material().categoryIds())) {
            categories.add(List.of(id, category));
        }
        insertRows(em, "sh_material_category", "material_id, category_id", categories);
    }

    private static void insertTokens(EntityManager em, String id, SearchTokens tokens) {
        Set<String> tagKeys = new LinkedHashSet<>();
        tokens.tagKeys().forEach(k -> tagKeys.add(SearchKeys.of(k)));
        insertRows(em, "sh_material_tag", "material_id, tag_key", tagKeys.stream().<List<?>>map(k -> List.of(id, k))
                .toList());

        Map<String, int[]> flags = new LinkedHashMap<>();
        tokens.title().forEach(t -> flags.computeIfAbsent(SearchKeys.of(t), k -> new int[3])[0] = 1);
        tokens.tags().forEach(t -> flags.computeIfAbsent(SearchKeys.of(t), k -> new int[3])[1] = 1);
        tokens.other().forEach(t -> flags.computeIfAbsent(SearchKeys.of(t), k -> new int[3])[2] = 1);
        List<List<?>> tokenRows = new ArrayList<>(flags.size());
        flags.forEach((key, f) -> tokenRows.add(List.of(id, key, f[0], f[1], f[2])));
        insertRows(em, "sh_material_token", "material_id, token_key, in_title, in_tags, in_other", tokenRows);
    }

    private static List<List<?>> audienceRows(String materialId, AccessRule rule) {
        List<List<?>> rows = new ArrayList<>();
        for (int no = 0; no < rule.audiences().size(); no++) {
            Visibility audience = rule.audiences().get(no);
            rows.add(List.of(materialId, no, "A", ""));
            if (audience.groups().isEmpty() && audience.people().isEmpty()) {
                rows.add(List.of(materialId, no, "E", ""));
            }
            for (String group : audience.groups()) {
                rows.add(List.of(materialId, no, "G", group));
            }
            for (String person : audience.people()) {
                rows.add(List.of(materialId, no, "P", person));
            }
        }
        return rows;
    }

    /** Inserts rows with multi-row {@code INSERT} statements. */
    static void insertRows(EntityManager em, String table, String columns, List<List<?>> rows) {
        for (List<List<?>> chunk : Values.chunks(rows, ROWS_PER_INSERT)) {
            Sql sql = Sql.of("INSERT INTO " + table + " (" + columns + ") VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(" : ", (").params(chunk.get(i)).append(")");
            }
            sql.update(em);
        }
    }
}
