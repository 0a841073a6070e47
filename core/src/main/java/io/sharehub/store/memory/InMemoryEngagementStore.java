package io.sharehub.store.memory;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.access.internal.AccessPolicy;
import io.sharehub.catalog.spi.MaterialRecord;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.internal.EngagementService;
import io.sharehub.engagement.spi.Counts;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.engagement.spi.HeatFormula;
import io.sharehub.engagement.spi.HeatSubject;
import io.sharehub.engagement.spi.PopularQuery;
import io.sharehub.engagement.spi.RangePlan;
import io.sharehub.engagement.spi.StoredEvent;
import io.sharehub.heat.HeatRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Engagement in memory. Guarded by the set's {@link InMemoryTransactions}: reads share the lock,
 * writes hold it alone, so plain collections suffice.
 */
final class InMemoryEngagementStore implements EngagementStore {

    /** Mutable counters of one material or one day. */
    private static final class Counters {
        long views;
        long unique;
        long favorites;
        long favoritesAdded;
        long downloads;
        long shares;

        void add(Counts d, boolean totals) {
            views += d.views();
            favoritesAdded += d.favoritesAdded();
            downloads += d.downloads();
            shares += d.shares();
            if (totals) {
                unique += d.uniqueViewers();
                favorites += d.favorites();
            }
        }

        Counts snapshot() {
            return new Counts(views, unique, favorites, favoritesAdded, downloads, shares);
        }
    }

    /** Everything about one material: totals, day buckets, viewers and its events by instant. */
    private static final class Activity {
        final Counters totals = new Counters();
        final TreeMap<Long, Counters> days = new TreeMap<>();
        final Set<String> viewers = new HashSet<>();
        final EventLog events = new EventLog();
        HeatCells heat;
        // events mostly arrive day after day: remember the bucket written last
        long lastDay = Long.MIN_VALUE;
        Counters lastBucket;

        Counters day(long day) {
            if (day != lastDay) {
                lastBucket = days.computeIfAbsent(day, d -> new Counters());
                lastDay = day;
            }
            return lastBucket;
        }
    }

    /** A subject's heat accumulators: almost always one bucket, so no map until a second one. */
    private static final class HeatCells {
        long bucket;
        double value;
        Map<Long, Double> more;

        HeatCells(long bucket) {
            this.bucket = bucket;
        }

        void add(long at, double delta) {
            if (at == bucket) {
                value += delta;
            } else {
                if (more == null) {
                    more = new HashMap<>(4);
                }
                more.merge(at, delta, Double::sum);
            }
        }

        double evaluate(HeatFormula formula, Instant at) {
            double sum = formula.evaluate(bucket, value, at);
            if (more != null) {
                for (Map.Entry<Long, Double> cell : more.entrySet()) {
                    sum += formula.evaluate(cell.getKey(), cell.getValue(), at);
                }
            }
            return sum;
        }

        void addAll(HeatCells other) {
            add(other.bucket, other.value);
            if (other.more != null) {
                other.more.forEach(this::add);
            }
        }
    }

    /** A material's events sorted by instant; events mostly arrive in order, so appends dominate. */
    private static final class EventLog {
        private final ArrayList<StoredEvent> events = new ArrayList<>();

        void add(StoredEvent event) {
            int n = events.size();
            if (n == 0 || !events.get(n - 1).at().isAfter(event.at())) {
                events.add(event);
            } else {
                events.add(firstAtOrAfter(event.at().plusNanos(1)), event);
            }
        }

        /** @return the index of the first event at or after {@code at} */
        int firstAtOrAfter(Instant at) {
            int lo = 0;
            int hi = events.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (events.get(mid).at().isBefore(at)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        void replace(StoredEvent old, StoredEvent now) {
            int i = firstAtOrAfter(old.at());
            while (i < events.size() && events.get(i) != old) {
                i++;
            }
            events.set(i, now);
        }

        List<StoredEvent> between(Instant from, Instant to) {
            if (!from.isBefore(to)) {
                return List.of();
            }
            return events.subList(firstAtOrAfter(from), firstAtOrAfter(to));
        }
    }

    private final InMemoryCatalogStore catalog;
    private final Map<String, StoredEvent> events = new HashMap<>();
    private final Map<String, Activity> activity = new HashMap<>();
    /** Everything about one person: their history and their heat, found with one lookup. */
    private static final class Person {
        final List<StoredEvent> history = new ArrayList<>();
        HeatCells heat;
    }

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, LinkedHashMap<String, Instant>> favorites = new HashMap<>();
    private final Set<String> everFavorited = new HashSet<>();


    InMemoryEngagementStore(InMemoryCatalogStore catalog) {
        this.catalog = catalog;
    }

    /** @return a material's all-time views, for the catalog's most-viewed order */
    long views(String materialId) {
        Activity a = activity.get(materialId);
        return a == null ? 0 : a.totals.views;
    }

    private Activity activity(String materialId) {
        return activity.computeIfAbsent(materialId, m -> new Activity());
    }

    private Person person(String personId) {
        return people.computeIfAbsent(personId, p -> new Person());
    }

    @Override
    public Map<String, StoredEvent> events(Collection<String> eventIds) {
        Map<String, StoredEvent> found = new HashMap<>();
        for (String id : eventIds) {
            StoredEvent event = events.get(id);
            if (event != null) {
                found.put(id, event);
            }
        }
        return found;
    }

    @Override
    public void insertEvents(List<StoredEvent> newEvents) {
        for (StoredEvent event : newEvents) {
            events.put(event.eventId(), event);
            activity(event.materialId()).events.add(event);
            person(event.personId()).history.add(event);
        }
    }

    @Override
    public boolean addViewer(String materialId, String personId) {
        return activity(materialId).viewers.add(personId);
    }

    @Override
    public boolean setFavorite(String personId, String materialId, boolean favorite, Instant at) {
        if (favorite) {
            LinkedHashMap<String, Instant> mine = favorites.computeIfAbsent(personId, p -> new LinkedHashMap<>());
            return mine.putIfAbsent(materialId, at) == null;
        }
        LinkedHashMap<String, Instant> mine = favorites.get(personId);
        return mine != null && mine.remove(materialId) != null;
    }

    @Override
    public boolean markFirstFavorite(String personId, String materialId) {
        return everFavorited.add(personId + '\u0000' + materialId);
    }

    @Override
    public void addCounts(String materialId, long epochDay, Counts delta) {
        Activity a = activity(materialId);
        a.totals.add(delta, true);
        a.day(epochDay).add(delta, false);
    }

    @Override
    public Map<String, Counts> totals(Collection<String> materialIds) {
        Map<String, Counts> found = new HashMap<>();
        for (String id : materialIds) {
            Activity a = activity.get(id);
            if (a != null) {
                found.put(id, a.totals.snapshot());
            }
        }
        return found;
    }

    @Override
    public Counts dayTotals(String materialId, long fromDay, long endDay) {
        Activity a = activity.get(materialId);
        if (a == null || endDay <= fromDay) {
            return Counts.ZERO;
        }
        Counters sum = new Counters();
        for (Counters day : a.days.subMap(fromDay, endDay).values()) {
            sum.add(day.snapshot(), false);
        }
        return sum.snapshot();
    }

    @Override
    public Counts eventCounts(String materialId, Instant from, Instant to) {
        Activity a = activity.get(materialId);
        if (a == null) {
            return Counts.ZERO;
        }
        long views = 0;
        long added = 0;
        long downloads = 0;
        long shares = 0;
        for (StoredEvent event : a.events.between(from, to)) {
            switch (event.type()) {
                case VIEW -> views++;
                case DOWNLOAD -> downloads++;
                case SHARE -> shares++;
                case FAVORITE -> added += event.changed() ? 1 : 0;
                case UNFAVORITE -> { }
            }
        }
        return new Counts(views, 0, 0, added, downloads, shares);
    }

    @Override
    public long uniqueViewers(String materialId, Instant from, Instant to) {
        Activity a = activity.get(materialId);
        if (a == null) {
            return 0;
        }
        Set<String> people = new HashSet<>();
        for (StoredEvent event : a.events.between(from, to)) {
            if (event.type() == EventType.VIEW) {
                people.add(event.personId());
            }
        }
        return people.size();
    }

    @Override
    public Page<MaterialStatsRow> popular(PopularQuery query) {
        List<MaterialStatsRow> rows = new ArrayList<>();
        for (MaterialRecord record : catalog.allMaterials()) {
            if (!AccessPolicy.lists(query.viewer(), record, query.now())) {
                continue;
            }
            String id = record.material().id();
            rows.add(new MaterialStatsRow(record.material(), stats(id, query.plan())));
        }
        Comparator<MaterialStatsRow> order = Comparator
                .<MaterialStatsRow>comparingLong(r -> r.stats().get(query.by())).reversed()
                .thenComparing(MaterialStatsRow::material, InMemoryCatalogStore.NEWEST);
        rows.sort(order);
        int from = (int) Math.min(rows.size(), (long) query.page() * query.size());
        return new Page<>(rows.subList(from, Math.min(rows.size(), from + query.size())), query.page(), query.size(),
                rows.size());
    }

    private MaterialStats stats(String materialId, RangePlan plan) {
        if (plan == null) {
            Activity a = activity.get(materialId);
            return EngagementService.toStats(a == null ? Counts.ZERO : a.totals.snapshot(), false, 0);
        }
        Counts counts = eventCounts(materialId, plan.head().from(), plan.head().to())
                .plus(dayTotals(materialId, plan.firstDay(), plan.endDay()))
                .plus(eventCounts(materialId, plan.tail().from(), plan.tail().to()));
        long unique = uniqueViewers(materialId, plan.range().from(), plan.range().to());
        return EngagementService.toStats(counts, true, unique);
    }

    @Override
    public Page<StoredEvent> history(String personId, Set<EventType> types, int page, int size) {
        List<StoredEvent> mine = new ArrayList<>();
        Person person = people.get(personId);
        for (StoredEvent event : person == null ? List.<StoredEvent>of() : person.history) {
            if (types.isEmpty() || types.contains(event.type())) {
                mine.add(event);
            }
        }
        mine.sort(Comparator.comparing(StoredEvent::at).reversed()
                .thenComparing(StoredEvent::eventId, Ids.ORDER));
        int from = (int) Math.min(mine.size(), (long) page * size);
        return new Page<>(mine.subList(from, Math.min(mine.size(), from + size)), page, size, mine.size());
    }

    @Override
    public List<String> favorites(String personId) {
        LinkedHashMap<String, Instant> mine = favorites.get(personId);
        if (mine == null) {
            return List.of();
        }
        List<Map.Entry<String, Instant>> entries = new ArrayList<>(mine.entrySet());
        entries.sort(Map.Entry.<String, Instant>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Ids.ORDER)));
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    @Override
    public boolean isFavorite(String personId, String materialId) {
        LinkedHashMap<String, Instant> mine = favorites.get(personId);
        return mine != null && mine.containsKey(materialId);
    }

    @Override
    public void addHeat(HeatSubject subject, String id, long bucket, double value) {
        if (subject == HeatSubject.PERSON) {
            Person person = person(id);
            if (person.heat == null) {
                person.heat = new HeatCells(bucket);
            }
            person.heat.add(bucket, value);
        } else {
            Activity a = activity(id);
            if (a.heat == null) {
                a.heat = new HeatCells(bucket);
            }
            a.heat.add(bucket, value);
        }
    }

    @Override
    public double heat(HeatSubject subject, String id, HeatFormula formula, Instant at) {
        HeatCells cells = cells(subject, id);
        return cells == null ? 0 : cells.evaluate(formula, at);
    }

    private HeatCells cells(HeatSubject subject, String id) {
        if (subject == HeatSubject.PERSON) {
            Person person = people.get(id);
            return person == null ? null : person.heat;
        }
        Activity a = activity.get(id);
        return a == null ? null : a.heat;
    }

    @Override
    public Page<HeatRow> heatRanking(HeatSubject subject, HeatFormula formula, Instant at, int page, int size) {
        List<HeatRow> rows = new ArrayList<>();
        Map<String, ?> subjects = subject == HeatSubject.PERSON ? people : activity;
        subjects.keySet().forEach(id -> {
            HeatCells cells = cells(subject, id);
            double value = cells == null ? 0 : cells.evaluate(formula, at);
            if (value > 0) {
                rows.add(new HeatRow(id, value));
            }
        });
        rows.sort(Comparator.comparingDouble(HeatRow::heat).reversed().thenComparing(HeatRow::id, Ids.ORDER));
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new Page<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
    }

    @Override
    public void mergePerson(String from, String into) {
        Person gone = people.remove(from);
        if (gone != null) {
            Person target = person(into);
            for (StoredEvent e : gone.history) {
                StoredEvent moved = new StoredEvent(e.eventId(), into, e.materialId(), e.type(), e.at(), e.changed());
                events.put(e.eventId(), moved);
                target.history.add(moved);
                activity.get(e.materialId()).events.replace(e, moved);
            }
        }
        for (Activity a : activity.values()) {
            if (a.viewers.remove(from) && !a.viewers.add(into)) {
                a.totals.unique--;
            }
        }
        LinkedHashMap<String, Instant> favs = favorites.remove(from);
        if (favs != null) {
            LinkedHashMap<String, Instant> mine = favorites.computeIfAbsent(into, p -> new LinkedHashMap<>());
            favs.forEach((material, at) -> {
                Instant kept = mine.get(material);
                if (kept == null) {
                    mine.put(material, at);
                } else {
                    activity.get(material).totals.favorites--;
                    if (at.isBefore(kept)) {
                        mine.put(material, at);
                    }
                }
            });
        }
        String prefix = from + '\u0000';
        List<String> marks = everFavorited.stream().filter(k -> k.startsWith(prefix)).toList();
        for (String mark : marks) {
            everFavorited.remove(mark);
            everFavorited.add(into + '\u0000' + mark.substring(prefix.length()));
        }
        if (gone != null && gone.heat != null) {
            Person target = person(into);
            if (target.heat == null) {
                target.heat = new HeatCells(gone.heat.bucket);
            }
            target.heat.addAll(gone.heat);
        }
    }
}
