package io.sharehub.engagement.internal;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.Page;
import io.sharehub.TimeRange;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.internal.AccessPolicy;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.catalog.spi.MaterialRecord;
import io.sharehub.engagement.Engagement;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventOutcome;
import io.sharehub.engagement.EventOutcome.Status;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.HistoryEntry;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.Statistic;
import io.sharehub.engagement.spi.Counts;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.engagement.spi.HeatSubject;
import io.sharehub.engagement.spi.PopularQuery;
import io.sharehub.engagement.spi.RangePlan;
import io.sharehub.engagement.spi.StoredEvent;
import io.sharehub.heat.internal.HeatMath;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import io.sharehub.internal.Time;
import io.sharehub.people.spi.PeopleStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Engagement over the engagement, catalog and people stores. */
public final class EngagementService implements Engagement {
    /** The most events one batch may hold. */
    public static final int MAX_BATCH = 100_000;

    private final HubContext hub;
    private final EngagementStore store;
    private final CatalogStore catalog;
    private final PeopleStore people;
    private final HeatMath heat;

    /**
     * @param hub the hub's stores, clock and zone
     * @param heat how events score heat
     */
    public EngagementService(HubContext hub, HeatMath heat) {
        this.hub = hub;
        this.store = hub.stores().engagement();
        this.catalog = hub.stores().catalog();
        this.people = hub.stores().people();
        this.heat = heat;
    }

    /** An event checked and with its instant fixed. */
    private record Checked(EngagementEvent event, Instant at, boolean instantGiven) {
    }

    @Override
    public EventOutcome record(EngagementEvent event) {
        Checked checked = check("event", event);
        return hub.tx().write(() -> {
            Batch batch = new Batch();
            EventOutcome outcome = judge(checked, store.events(List.of(event.eventId())), batch, true);
            batch.flush();
            return outcome;
        });
    }

    @Override
    public List<EventOutcome> recordAll(List<EngagementEvent> events) {
        Check.given("events", events);
        Check.maxSize("events", events, MAX_BATCH);
        List<Checked> checked = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            checked.add(check("events[" + i + "]", events.get(i)));
        }
        return hub.tx().write(() -> {
            Batch batch = new Batch();
            Map<String, StoredEvent> known = new HashMap<>(
                    store.events(checked.stream().map(c -> c.event().eventId()).distinct().toList()));
            List<EventOutcome> outcomes = new ArrayList<>(checked.size());
            for (Checked c : checked) {
                outcomes.add(judge(c, known, batch, false));
            }
            batch.flush();
            return outcomes;
        });
    }

    /** Judges one event: a repeat, a conflict, a denial, or a new record added to the batch. */
    private EventOutcome judge(Checked c, Map<String, StoredEvent> known, Batch batch, boolean throwOnConflict) {
        EngagementEvent event = c.event();
        StoredEvent previous = known.get(event.eventId());
        if (previous != null) {
            String difference = difference(previous, c);
            if (difference == null) {
                return new EventOutcome(event.eventId(), Status.REPEATED, Decision.ALLOW, previous.changed());
            }
            if (throwOnConflict) {
                throw new IdempotencyConflictException("eventId", event.eventId(), difference);
            }
            return new EventOutcome(event.eventId(), Status.CONFLICT, Decision.ALLOW, false);
        }
        String person = event.viewer().id();
        MaterialRecord record = catalog.material(event.materialId()).orElse(null);
        Decision decision = decide(event, record, c.at());
        if (!decision.isAllowed()) {
            return new EventOutcome(event.eventId(), Status.DENIED, decision, false);
        }
        if (event.viewer().unit() != null) {
            people.rememberUnit(person, event.viewer().unit(), c.at());
        }
        String material = event.materialId();
        boolean changed = true;
        Counts delta;
        double weight = heat.config().weight(event.type());
        switch (event.type()) {
            case VIEW -> delta = new Counts(1, store.addViewer(material, person) ? 1 : 0, 0, 0, 0, 0);
            case DOWNLOAD -> delta = new Counts(0, 0, 0, 0, 1, 0);
            case SHARE -> delta = new Counts(0, 0, 0, 0, 0, 1);
            case FAVORITE -> {
                changed = store.setFavorite(person, material, true, c.at());
                delta = changed ? new Counts(0, 0, 1, 1, 0, 0) : Counts.ZERO;
                if (!changed || !store.markFirstFavorite(person, material)) {
                    weight = 0;
                }
            }
            case UNFAVORITE -> {
                changed = store.setFavorite(person, material, false, c.at());
                delta = changed ? new Counts(0, 0, -1, 0, 0, 0) : Counts.ZERO;
            }
            default -> throw new IllegalStateException(event.type().toString());
        }
        StoredEvent stored = new StoredEvent(event.eventId(), person, material, event.type(), c.at(), changed);
        known.put(event.eventId(), stored);
        batch.add(stored, delta, weight);
        return new EventOutcome(event.eventId(), Status.RECORDED, Decision.ALLOW, changed);
    }

    private Decision decide(EngagementEvent event, MaterialRecord record, Instant at) {
        Viewer viewer = event.viewer();
        if (event.type() == EventType.UNFAVORITE && record != null
                && store.isFavorite(viewer.id(), event.materialId())) {
            return Decision.ALLOW;
        }
        return AccessPolicy.decide(viewer, record, event.type().action(), at);
    }

    private static String difference(StoredEvent previous, Checked c) {
        EngagementEvent event = c.event();
        if (!previous.personId().equals(event.viewer().id())) {
            return "viewer.id \"" + previous.personId() + "\" before, \"" + event.viewer().id() + "\" now";
        }
        if (!previous.materialId().equals(event.materialId())) {
            return "materialId \"" + previous.materialId() + "\" before, \"" + event.materialId() + "\" now";
        }
        if (previous.type() != event.type()) {
            return "type " + previous.type() + " before, " + event.type() + " now";
        }
        if (c.instantGiven() && !previous.at().equals(c.at())) {
            return "at " + previous.at() + " before, " + c.at() + " now";
        }
        return null;
    }

    private Checked check(String field, EngagementEvent event) {
        Check.given(field, event);
        Check.id(field + ".eventId", event.eventId());
        Check.given(field + ".viewer", event.viewer());
        Check.id(field + ".materialId", event.materialId());
        Check.given(field + ".type", event.type());
        return new Checked(event, hub.instantOf(field + ".at", event.at()), event.at() != null);
    }

    /** What one call writes, gathered so that counters and heat change once per key. */
    private final class Batch {
        private final List<StoredEvent> events = new ArrayList<>();
        private final Map<String, Map<Long, Counts>> counts = new LinkedHashMap<>();
        private final Map<HeatKey, double[]> heatDeltas = new LinkedHashMap<>();

        void add(StoredEvent event, Counts delta, double weight) {
            events.add(event);
            if (!delta.isZero()) {
                counts.computeIfAbsent(event.materialId(), m -> new LinkedHashMap<>())
                        .merge(Time.day(event.at(), hub.zone()), delta, Counts::plus);
            }
            if (weight > 0) {
                long bucket = heat.bucket(event.at());
                double value = heat.value(weight, event.at());
                heatDeltas.computeIfAbsent(new HeatKey(HeatSubject.PERSON, event.personId(), bucket),
                        k -> new double[1])[0] += value;
                heatDeltas.computeIfAbsent(new HeatKey(HeatSubject.MATERIAL, event.materialId(), bucket),
                        k -> new double[1])[0] += value;
            }
        }

        void flush() {
            if (!events.isEmpty()) {
                store.insertEvents(events);
            }
            counts.forEach((material, days) -> days.forEach((day, delta) -> store.addCounts(material, day, delta)));
            heatDeltas.forEach((key, value) -> store.addHeat(key.subject(), key.id(), key.bucket(), value[0]));
        }
    }

    private record HeatKey(HeatSubject subject, String id, long bucket) {
    }

    // ---------------------------------------------------------------- statistics

    @Override
    public MaterialStats stats(String materialId) {
        String id = Check.id("materialId", materialId);
        return hub.tx().read(() -> toStats(store.totals(List.of(id)).getOrDefault(id, Counts.ZERO), false, 0));
    }

    @Override
    public MaterialStats stats(String materialId, TimeRange range) {
        String id = Check.id("materialId", materialId);
        Check.given("range", range);
        RangePlan plan = RangePlan.of(range, hub.zone());
        return hub.tx().read(() -> {
            Counts counts = store.eventCounts(id, plan.head().from(), plan.head().to())
                    .plus(store.dayTotals(id, plan.firstDay(), plan.endDay()))
                    .plus(store.eventCounts(id, plan.tail().from(), plan.tail().to()));
            long unique = range.isEmpty() ? 0 : store.uniqueViewers(id, range.from(), range.to());
            return toStats(counts, true, unique);
        });
    }

    /** @return the statistics a list shows for counts over all time or over a range */
    public static MaterialStats toStats(Counts counts, boolean range, long uniqueInRange) {
        return new MaterialStats(counts.views(), range ? uniqueInRange : counts.uniqueViewers(),
                range ? counts.favoritesAdded() : counts.favorites(), counts.downloads(), counts.shares());
    }

    @Override
    public Page<MaterialStatsRow> popular(Viewer viewer, Statistic by, TimeRange range, int page, int size) {
        Check.given("viewer", viewer);
        Check.given("by", by);
        Page.check(page, size);
        RangePlan plan = range == null ? null : RangePlan.of(range, hub.zone());
        return hub.tx().read(() -> store.popular(new PopularQuery(viewer, hub.now(), by, plan, page, size)));
    }

    @Override
    public Page<HistoryEntry> history(String personId, Set<EventType> types, int page, int size) {
        String id = Check.id("personId", personId);
        Set<EventType> kinds = types == null ? Set.of() : Set.copyOf(types);
        Page.check(page, size);
        return hub.tx().read(() -> store.history(id, kinds, page, size)
                .map(e -> new HistoryEntry(e.eventId(), e.materialId(), e.type(), e.at())));
    }

    @Override
    public Page<Material> favorites(Viewer viewer, int page, int size) {
        Check.given("viewer", viewer);
        Page.check(page, size);
        return hub.tx().read(() -> {
            List<String> ids = store.favorites(viewer.id());
            Map<String, MaterialRecord> records = catalog.materials(ids);
            Instant now = hub.now();
            List<Material> visible = ids.stream().map(records::get).filter(Objects::nonNull)
                    .filter(r -> AccessPolicy.lists(viewer, r, now)).map(MaterialRecord::material).toList();
            int from = (int) Math.min(visible.size(), (long) page * size);
            return new Page<>(visible.subList(from, Math.min(visible.size(), from + size)), page, size, visible.size());
        });
    }

    @Override
    public boolean isFavorite(String personId, String materialId) {
        String person = Check.id("personId", personId);
        String material = Check.id("materialId", materialId);
        return hub.tx().read(() -> store.isFavorite(person, material));
    }
}
