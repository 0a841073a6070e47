package io.sharehub.jpa.internal;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.spi.Counts;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.engagement.spi.HeatFormula;
import io.sharehub.engagement.spi.HeatSubject;
import io.sharehub.engagement.spi.PopularQuery;
import io.sharehub.engagement.spi.RangePlan;
import io.sharehub.engagement.spi.StoredEvent;
import io.sharehub.heat.HeatRow;
import io.sharehub.jpa.internal.entity.EngagementEventEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Engagement on Jakarta Persistence: events as entities (application-assigned ids, so they are
 * inserted in JDBC batches), viewer, favourite and first-favourite sets on unique keys written
 * with atomic insert-if-absent statements, all-time counters ({@code sh_material_total}), day
 * buckets ({@code sh_material_day}) and heat accumulators ({@code sh_heat}) changed with atomic
 * {@code n = n + ?} upserts.
 *
 * <p>Counter and heat changes are held back until the end of the ShareHub operation
 * ({@link WriteBehind}) and then written sorted by key in a few multi-row statements: every
 * transaction locks those rows in the same order, and a batch of thousands of events costs a
 * handful of statements. Reads of counters or heat first write what is held back.
 */
public final class JpaEngagementStore implements EngagementStore, WriteBehind {
    /** The entities this store maps. */
    public static final List<Class<?>> ENTITIES = List.of(EngagementEventEntity.class);

    private static final int ROWS_PER_UPSERT = 100;
    private static final List<String> TOTALS = List.of("views", "unique_viewers", "favorites", "favorites_added",
            "downloads", "shares");
    private static final List<String> DAYS = List.of("views", "favorites_added", "downloads", "shares");

    private final JpaContext context;
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();

    /**
     * @param context the current transaction's entity manager and the SQL family
     */
    public JpaEngagementStore(JpaContext context) {
        this.context = context;
    }

    private record DayKey(String materialId, long day) {
        static final Comparator<DayKey> ORDER = Comparator.comparing(DayKey::materialId, Ids.ORDER)
                .thenComparingLong(DayKey::day);
    }

    private record HeatKey(HeatSubject subject, String id, long bucket) {
        static final Comparator<HeatKey> ORDER = Comparator.comparing(HeatKey::subject)
                .thenComparing(HeatKey::id, Ids.ORDER).thenComparingLong(HeatKey::bucket);
    }

    /** What one transaction holds back, and the viewer pairs it knows are stored. */
    private static final class Pending {
        final EntityManager em;
        final TreeMap<String, long[]> totals = new TreeMap<>(Ids.ORDER);
        final TreeMap<DayKey, long[]> days = new TreeMap<>(DayKey.ORDER);
        final TreeMap<HeatKey, double[]> heat = new TreeMap<>(HeatKey.ORDER);
        final Set<String> viewers = new HashSet<>();

        Pending(EntityManager em) {
            this.em = em;
        }

        boolean holdsWrites() {
            return !totals.isEmpty() || !days.isEmpty() || !heat.isEmpty();
        }
    }

    private Pending pending() {
        EntityManager em = context.em();
        Pending p = pending.get();
        if (p == null || p.em != em) {
            p = new Pending(em);
            pending.set(p);
        }
        return p;
    }

    @Override
    public void flush() {
        Pending p = pending.get();
        if (p == null || !p.holdsWrites()) {
            return;
        }
        EntityManager em = context.em();
        if (p.em != em) {
            pending.remove();
            return;
        }
        SqlDialect dialect = context.dialect();
        List<List<?>> rows = new ArrayList<>();
        p.totals.forEach((material, c) -> {
            if (c[0] != 0 || c[1] != 0 || c[2] != 0 || c[3] != 0 || c[4] != 0 || c[5] != 0) {
                rows.add(List.of(material, c[0], c[1], c[2], c[3], c[4], c[5]));
            }
        });
        upsert(em, dialect, "sh_material_total", List.of("material_id"), TOTALS, rows);
        rows.clear();
        p.days.forEach((key, c) -> {
            if (c[0] != 0 || c[1] != 0 || c[2] != 0 || c[3] != 0) {
                rows.add(List.of(key.materialId(), key.day(), c[0], c[1], c[2], c[3]));
            }
        });
        upsert(em, dialect, "sh_material_day", List.of("material_id", "epoch_day"), DAYS, rows);
        rows.clear();
        p.heat.forEach((key, v) -> {
            if (v[0] != 0) {
                rows.add(List.of(key.subject().name(), key.id(), key.bucket(), v[0]));
            }
        });
        upsert(em, dialect, "sh_heat", List.of("subject", "subject_id", "bucket"), List.of("heat_value"), rows);
        p.totals.clear();
        p.days.clear();
        p.heat.clear();
    }

    private static void upsert(EntityManager em, SqlDialect dialect, String table, List<String> keys,
            List<String> counters, List<List<?>> rows) {
        for (List<List<?>> chunk : Values.chunks(rows, ROWS_PER_UPSERT)) {
            DialectSql.addToCounters(dialect, table, keys, counters, chunk).update(em);
        }
    }

    @Override
    public void discard() {
        pending.remove();
    }

    // ---------------------------------------------------------------- events and sets

    @Override
    public Map<String, StoredEvent> events(Collection<String> eventIds) {
        EntityManager em = context.em();
        Map<String, StoredEvent> found = new HashMap<>();
        for (List<String> chunk : Values.chunks(new LinkedHashSet<>(eventIds))) {
            List<Object[]> rows = em.createQuery("SELECT e.eventId, e.personId, e.materialId, e.type, e.occurredAt,"
                    + " e.changed FROM ShareHubEvent e WHERE e.eventId IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList();
            for (Object[] row : rows) {
                StoredEvent event = event(row);
                found.put(event.eventId(), event);
            }
        }
        return found;
    }

    private static StoredEvent event(Object[] row) {
        return new StoredEvent(Values.text(row[0]), Values.text(row[1]), Values.text(row[2]),
                EventType.valueOf(Values.text(row[3])), Values.instant(row[4]), Values.toBoolean(row[5]));
    }

    @Override
    public void insertEvents(List<StoredEvent> events) {
        EntityManager em = context.em();
        List<EngagementEventEntity> entities = new ArrayList<>(events.size());
        for (StoredEvent e : events) {
            EngagementEventEntity entity = new EngagementEventEntity(e.eventId(), e.personId(), e.materialId(),
                    e.type().name(), Values.decimal(e.at()), e.changed());
            em.persist(entity);
            entities.add(entity);
        }
        // Send them now, in JDBC batches when the provider batches, and keep the persistence
        // context small: events are never changed through the entity.
        em.flush();
        entities.forEach(em::detach);
    }

    @Override
    public boolean addViewer(String materialId, String personId) {
        Pending p = pending();
        if (!p.viewers.add(materialId + '\u0000' + personId)) {
            return false;
        }
        return DialectSql.insertIfAbsent(context.dialect(), "sh_material_viewer", List.of("material_id", "person_id"),
                List.of("material_id", "person_id"), List.of(materialId, personId)).update(context.em()) > 0;
    }

    @Override
    public boolean setFavorite(String personId, String materialId, boolean favorite, Instant at) {
        EntityManager em = context.em();
        if (favorite) {
            return DialectSql.insertIfAbsent(context.dialect(), "sh_favorite",
                    List.of("person_id", "material_id", "favorited_at"), List.of("person_id", "material_id"),
                    List.of(personId, materialId, Values.decimal(at))).update(em) > 0;
        }
        return Sql.of("DELETE FROM sh_favorite WHERE person_id = ").param(personId).append(" AND material_id = ")
                .param(materialId).update(em) > 0;
    }

    @Override
    public boolean markFirstFavorite(String personId, String materialId) {
        return DialectSql.insertIfAbsent(context.dialect(), "sh_favorite_mark", List.of("person_id", "material_id"),
                List.of("person_id", "material_id"), List.of(personId, materialId)).update(context.em()) > 0;
    }

    @Override
    public void addCounts(String materialId, long epochDay, Counts delta) {
        Pending p = pending();
        long[] t = p.totals.computeIfAbsent(materialId, k -> new long[6]);
        t[0] += delta.views();
        t[1] += delta.uniqueViewers();
        t[2] += delta.favorites();
        t[3] += delta.favoritesAdded();
        t[4] += delta.downloads();
        t[5] += delta.shares();
        if (delta.views() != 0 || delta.favoritesAdded() != 0 || delta.downloads() != 0 || delta.shares() != 0) {
            long[] d = p.days.computeIfAbsent(new DayKey(materialId, epochDay), k -> new long[4]);
            d[0] += delta.views();
            d[1] += delta.favoritesAdded();
            d[2] += delta.downloads();
            d[3] += delta.shares();
        }
    }

    // ---------------------------------------------------------------- counters

    @Override
    public Map<String, Counts> totals(Collection<String> materialIds) {
        flush();
        EntityManager em = context.em();
        Map<String, Counts> found = new HashMap<>();
        for (List<String> chunk : Values.chunks(new LinkedHashSet<>(materialIds))) {
            for (Object[] row : Sql.of("SELECT material_id, views, unique_viewers, favorites, favorites_added,"
                    + " downloads, shares FROM sh_material_total WHERE material_id IN (").params(chunk).append(")")
                    .rows(em)) {
                found.put(Values.text(row[0]), new Counts(Values.toLong(row[1]), Values.toLong(row[2]),
                        Values.toLong(row[3]), Values.toLong(row[4]), Values.toLong(row[5]), Values.toLong(row[6])));
            }
        }
        return found;
    }

    @Override
    public Counts dayTotals(String materialId, long fromDay, long endDay) {
        if (endDay <= fromDay) {
            return Counts.ZERO;
        }
        flush();
        Object[] row = Sql.of("SELECT SUM(views), SUM(favorites_added), SUM(downloads), SUM(shares)"
                + " FROM sh_material_day WHERE material_id = ").param(materialId).append(" AND epoch_day >= ")
                .param(fromDay).append(" AND epoch_day < ").param(endDay).rows(context.em()).get(0);
        return new Counts(Values.toLong(row[0]), 0, 0, Values.toLong(row[1]), Values.toLong(row[2]),
                Values.toLong(row[3]));
    }

    @Override
    public Counts eventCounts(String materialId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Counts.ZERO;
        }
        Object[] row = Sql.of("SELECT SUM(CASE WHEN event_type = 'VIEW' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN event_type = 'FAVORITE' AND changed = ").param(Boolean.TRUE)
                .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN event_type = 'DOWNLOAD' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN event_type = 'SHARE' THEN 1 ELSE 0 END) FROM sh_event WHERE material_id = ")
                .param(materialId).append(" AND occurred_at >= ").param(Values.decimal(from))
                .append(" AND occurred_at < ").param(Values.decimal(to)).rows(context.em()).get(0);
        return new Counts(Values.toLong(row[0]), 0, 0, Values.toLong(row[1]), Values.toLong(row[2]),
                Values.toLong(row[3]));
    }

    @Override
    public long uniqueViewers(String materialId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        return Values.toLong(Sql.of("SELECT COUNT(DISTINCT person_id) FROM sh_event WHERE material_id = ")
                .param(materialId).append(" AND event_type = 'VIEW' AND occurred_at >= ").param(Values.decimal(from))
                .append(" AND occurred_at < ").param(Values.decimal(to)).single(context.em()));
    }

    @Override
    public Page<MaterialStatsRow> popular(PopularQuery query) {
        flush();
        EntityManager em = context.em();
        em.flush();
        SqlDialect dialect = context.dialect();
        RangePlan plan = query.plan();
        Sql sql;
        if (plan == null) {
            sql = Sql.of("SELECT " + MaterialRows.COLUMNS + ", COALESCE(t.views, 0) AS s_views,"
                    + " COALESCE(t.unique_viewers, 0) AS s_unique, COALESCE(t.favorites, 0) AS s_favorites,"
                    + " COALESCE(t.downloads, 0) AS s_downloads, COALESCE(t.shares, 0) AS s_shares, COUNT(*) OVER ()"
                    + " FROM sh_material m LEFT JOIN sh_material_total t ON t.material_id = m.id WHERE 1 = 1");
        } else {
            Instant headFrom = plan.head().from();
            Instant headTo = plan.head().to();
            Instant tailFrom = plan.tail().from();
            Instant tailTo = plan.tail().to();
            sql = Sql.of("SELECT " + MaterialRows.COLUMNS + ", COALESCE(d.views, 0) + COALESCE(e.views, 0) AS s_views,"
                    + " COALESCE(u.viewers, 0) AS s_unique,"
                    + " COALESCE(d.favorites_added, 0) + COALESCE(e.favorites_added, 0) AS s_favorites,"
                    + " COALESCE(d.downloads, 0) + COALESCE(e.downloads, 0) AS s_downloads,"
                    + " COALESCE(d.shares, 0) + COALESCE(e.shares, 0) AS s_shares, COUNT(*) OVER ()"
                    + " FROM sh_material m LEFT JOIN (SELECT material_id, SUM(views) AS views,"
                    + " SUM(favorites_added) AS favorites_added, SUM(downloads) AS downloads, SUM(shares) AS shares"
                    + " FROM sh_material_day WHERE epoch_day >= ").param(plan.firstDay()).append(" AND epoch_day < ")
                    .param(Math.max(plan.firstDay(), plan.endDay()))
                    .append(" GROUP BY material_id) d ON d.material_id = m.id"
                            + " LEFT JOIN (SELECT material_id,"
                            + " SUM(CASE WHEN event_type = 'VIEW' THEN 1 ELSE 0 END) AS views,"
                            + " SUM(CASE WHEN event_type = 'FAVORITE' AND changed = ").param(Boolean.TRUE)
                    .append(" THEN 1 ELSE 0 END) AS favorites_added,"
                            + " SUM(CASE WHEN event_type = 'DOWNLOAD' THEN 1 ELSE 0 END) AS downloads,"
                            + " SUM(CASE WHEN event_type = 'SHARE' THEN 1 ELSE 0 END) AS shares"
                            + " FROM sh_event WHERE (occurred_at >= ").param(Values.decimal(headFrom))
                    .append(" AND occurred_at < ").param(Values.decimal(headTo)).append(") OR (occurred_at >= ")
                    .param(Values.decimal(tailFrom)).append(" AND occurred_at < ").param(Values.decimal(tailTo))
                    .append(") GROUP BY material_id) e ON e.material_id = m.id"
                            + " LEFT JOIN (SELECT material_id, COUNT(DISTINCT person_id) AS viewers FROM sh_event"
                            + " WHERE event_type = 'VIEW' AND occurred_at >= ").param(Values.decimal(plan.range().from()))
                    .append(" AND occurred_at < ").param(Values.decimal(plan.range().to()))
                    .append(" GROUP BY material_id) u ON u.material_id = m.id WHERE 1 = 1");
        }
        MaterialRows.listable(sql, query.viewer(), query.now());
        String by = switch (query.by()) {
            case VIEWS -> "s_views";
            case UNIQUE_VIEWERS -> "s_unique";
            case FAVORITES -> "s_favorites";
            case DOWNLOADS -> "s_downloads";
            case SHARES -> "s_shares";
        };
        sql.append(" ORDER BY " + by + " DESC, " + MaterialRows.newest(dialect));
        @SuppressWarnings("unchecked")
        List<Object> result = sql.query(em).setFirstResult((int) Math.min(Integer.MAX_VALUE,
                (long) query.page() * query.size())).setMaxResults(query.size()).getResultList();
        List<MaterialStatsRow> rows = new ArrayList<>(result.size());
        long total = 0;
        int w = MaterialRows.WIDTH;
        for (Object item : result) {
            Object[] row = (Object[]) item;
            rows.add(new MaterialStatsRow(MaterialRows.record(row).material(), new MaterialStats(
                    Values.toLong(row[w]), Values.toLong(row[w + 1]), Values.toLong(row[w + 2]),
                    Values.toLong(row[w + 3]), Values.toLong(row[w + 4]))));
            total = Values.toLong(row[w + 5]);
        }
        if (rows.isEmpty() && query.page() > 0) {
            Sql count = Sql.of("SELECT COUNT(*) FROM sh_material m WHERE 1 = 1");
            MaterialRows.listable(count, query.viewer(), query.now());
            total = Values.toLong(count.single(em));
        }
        return new Page<>(rows, query.page(), query.size(), total);
    }

    // ---------------------------------------------------------------- people's lists

    @Override
    public Page<StoredEvent> history(String personId, Set<EventType> types, int page, int size) {
        EntityManager em = context.em();
        Sql where = Sql.of(" FROM sh_event WHERE person_id = ").param(personId);
        if (!types.isEmpty()) {
            where.append(" AND event_type IN (").params(types.stream().map(EventType::name).sorted().toList())
                    .append(")");
        }
        Sql sql = Sql.of("SELECT event_id, person_id, material_id, event_type, occurred_at, changed, COUNT(*) OVER ()");
        sql.append(where);
        sql.append(" ORDER BY occurred_at DESC, " + DialectSql.idOrder(context.dialect(), "event_id"));
        @SuppressWarnings("unchecked")
        List<Object> result = sql.query(em).setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size).getResultList();
        List<StoredEvent> events = new ArrayList<>(result.size());
        long total = 0;
        for (Object item : result) {
            Object[] row = (Object[]) item;
            events.add(event(row));
            total = Values.toLong(row[6]);
        }
        if (events.isEmpty() && page > 0) {
            Sql count = Sql.of("SELECT COUNT(*)");
            count.append(where);
            total = Values.toLong(count.single(em));
        }
        return new Page<>(events, page, size, total);
    }

    @Override
    public List<String> favorites(String personId) {
        List<String> ids = new ArrayList<>();
        for (Object id : Sql.of("SELECT material_id FROM sh_favorite WHERE person_id = ").param(personId)
                .append(" ORDER BY favorited_at DESC, " + DialectSql.idOrder(context.dialect(), "material_id"))
                .column(context.em())) {
            ids.add(Values.text(id));
        }
        return ids;
    }

    @Override
    public boolean isFavorite(String personId, String materialId) {
        return !Sql.of("SELECT 1 FROM sh_favorite WHERE person_id = ").param(personId).append(" AND material_id = ")
                .param(materialId).column(context.em()).isEmpty();
    }

    // ---------------------------------------------------------------- heat

    @Override
    public void addHeat(HeatSubject subject, String id, long bucket, double value) {
        pending().heat.computeIfAbsent(new HeatKey(subject, id, bucket), k -> new double[1])[0] += value;
    }

    @Override
    public double heat(HeatSubject subject, String id, HeatFormula formula, Instant at) {
        flush();
        double sum = 0;
        for (Object[] row : Sql.of("SELECT bucket, heat_value FROM sh_heat WHERE subject = ").param(subject.name())
                .append(" AND subject_id = ").param(id).rows(context.em())) {
            sum += formula.evaluate(Values.toLong(row[0]), Values.toDouble(row[1]), at);
        }
        return sum;
    }

    @Override
    public Page<HeatRow> heatRanking(HeatSubject subject, HeatFormula formula, Instant at, int page, int size) {
        flush();
        EntityManager em = context.em();
        Sql inner = Sql.of("SELECT subject_id, SUM(");
        if (formula.decays()) {
            // value × 2^((start of bucket − at) / half-life), as HeatFormula#evaluate computes it.
            // PostgreSQL raises an error where a double underflows to 0, so contributions decayed
            // by more than 2^1000, and values too small to survive that, count 0 (they would count
            // less than 1e-280 in Java).
            Sql exponent = Sql.of("((").param((double) formula.epochSecond()).append(" + bucket * ")
                    .param((double) formula.spanSeconds()).append(" - ").param(HeatFormula.seconds(at))
                    .append(") / ").param(formula.halfLifeSeconds()).append(")");
            inner.append("CASE WHEN ");
            inner.append(exponent);
            inner.append(" < -1000 OR ABS(heat_value) < 1e-20 THEN 0 ELSE heat_value * POWER(2, ");
            inner.append(exponent);
            inner.append(") END");
        } else {
            inner.append("heat_value");
        }
        inner.append(") AS heat FROM sh_heat WHERE subject = ").param(subject.name()).append(" GROUP BY subject_id");
        Sql sql = Sql.of("SELECT h.subject_id, h.heat, COUNT(*) OVER () FROM (");
        sql.append(inner);
        sql.append(") h WHERE h.heat > 0 ORDER BY h.heat DESC, " + DialectSql.idOrder(context.dialect(), "h.subject_id"));
        @SuppressWarnings("unchecked")
        List<Object> result = sql.query(em).setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size).getResultList();
        List<HeatRow> rows = new ArrayList<>(result.size());
        long total = 0;
        for (Object item : result) {
            Object[] row = (Object[]) item;
            rows.add(new HeatRow(Values.text(row[0]), Values.toDouble(row[1])));
            total = Values.toLong(row[2]);
        }
        if (rows.isEmpty() && page > 0) {
            Sql count = Sql.of("SELECT COUNT(*) FROM (");
            count.append(inner);
            count.append(") h WHERE h.heat > 0");
            total = Values.toLong(count.single(em));
        }
        return new Page<>(rows, page, size, total);
    }

    // ---------------------------------------------------------------- merge

    @Override
    public void mergePerson(String fromPersonId, String intoPersonId) {
        flush();
        EntityManager em = context.em();
        Pending p = pending();
        p.viewers.clear();
        String from = fromPersonId;
        String into = intoPersonId;

        Sql.of("UPDATE sh_event SET person_id = ").param(into).append(" WHERE person_id = ").param(from).update(em);

        // Viewer sets: a material both viewed loses one unique viewer.
        List<String> bothViewed = texts(Sql.of("SELECT v.material_id FROM sh_material_viewer v WHERE v.person_id = ")
                .param(from).append(" AND EXISTS (SELECT 1 FROM sh_material_viewer w WHERE w.material_id = v.material_id"
                        + " AND w.person_id = ").param(into).append(")").column(em));
        for (List<String> chunk : Values.chunks(bothViewed)) {
            Sql.of("DELETE FROM sh_material_viewer WHERE person_id = ").param(from).append(" AND material_id IN (")
                    .params(chunk).append(")").update(em);
        }
        for (String material : bothViewed) {
            p.totals.computeIfAbsent(material, k -> new long[6])[1] -= 1;
        }
        Sql.of("UPDATE sh_material_viewer SET person_id = ").param(into).append(" WHERE person_id = ").param(from)
                .update(em);

        // Favourites: a material both favourite loses one favourite; the earlier favourite stays.
        Map<String, Instant> theirs = new HashMap<>();
        for (Object[] row : Sql.of("SELECT material_id, favorited_at FROM sh_favorite WHERE person_id = ").param(from)
                .rows(em)) {
            theirs.put(Values.text(row[0]), Values.instant(row[1]));
        }
        if (!theirs.isEmpty()) {
            Map<String, Instant> mine = new HashMap<>();
            for (List<String> chunk : Values.chunks(theirs.keySet())) {
                for (Object[] row : Sql.of("SELECT material_id, favorited_at FROM sh_favorite WHERE person_id = ")
                        .param(into).append(" AND material_id IN (").params(chunk).append(")").rows(em)) {
                    mine.put(Values.text(row[0]), Values.instant(row[1]));
                }
            }
            List<String> both = new ArrayList<>(mine.keySet());
            both.sort(Ids.ORDER);
            for (String material : both) {
                p.totals.computeIfAbsent(material, k -> new long[6])[2] -= 1;
                Instant earlier = theirs.get(material);
                if (earlier.isBefore(mine.get(material))) {
                    Sql.of("UPDATE sh_favorite SET favorited_at = ").param(Values.decimal(earlier))
                            .append(" WHERE person_id = ").param(into).append(" AND material_id = ").param(material)
                            .update(em);
                }
            }
            for (List<String> chunk : Values.chunks(both)) {
                Sql.of("DELETE FROM sh_favorite WHERE person_id = ").param(from).append(" AND material_id IN (")
                        .params(chunk).append(")").update(em);
            }
            Sql.of("UPDATE sh_favorite SET person_id = ").param(into).append(" WHERE person_id = ").param(from)
                    .update(em);
        }

        // First-favourite marks move, once per material.
        List<String> bothMarked = texts(Sql.of("SELECT f.material_id FROM sh_favorite_mark f WHERE f.person_id = ")
                .param(from).append(" AND EXISTS (SELECT 1 FROM sh_favorite_mark g WHERE g.material_id = f.material_id"
                        + " AND g.person_id = ").param(into).append(")").column(em));
        for (List<String> chunk : Values.chunks(bothMarked)) {
            Sql.of("DELETE FROM sh_favorite_mark WHERE person_id = ").param(from).append(" AND material_id IN (")
                    .params(chunk).append(")").update(em);
        }
        Sql.of("UPDATE sh_favorite_mark SET person_id = ").param(into).append(" WHERE person_id = ").param(from)
                .update(em);

        // Person heat is added.
        for (Object[] row : Sql.of("SELECT bucket, heat_value FROM sh_heat WHERE subject = ")
                .param(HeatSubject.PERSON.name()).append(" AND subject_id = ").param(from).rows(em)) {
            addHeat(HeatSubject.PERSON, into, Values.toLong(row[0]), Values.toDouble(row[1]));
        }
        Sql.of("DELETE FROM sh_heat WHERE subject = ").param(HeatSubject.PERSON.name()).append(" AND subject_id = ")
                .param(from).update(em);
    }

    private static List<String> texts(List<Object> values) {
        List<String> texts = new ArrayList<>(values.size());
        values.forEach(v -> texts.add(Values.text(v)));
        return texts;
    }
}
