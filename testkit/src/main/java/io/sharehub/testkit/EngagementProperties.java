package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventOutcome;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.store.Stores;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties every store must keep for engagement: for random event sequences with repeated ids,
 * conflicting ids and denials, recorded one by one or in batches, every statistic over random
 * ranges and every heat score equal a brute-force recount. A store author extends this class and
 * implements {@link #stores()}.
 */
public abstract class EngagementProperties {
    private static final Instant START = Instant.parse("2026-03-01T16:00:00Z");
    private static final List<Viewer> VIEWERS = List.of(Viewer.anonymous("a1"), Viewer.anonymous("A1"),
            Viewer.member("m1"), Viewer.member("m2"), Viewer.employee("e1", "sales"));
    private static final List<String> MATERIALS = List.of("M1", "M2", "M3");

    /** @return a new, empty store set; called once per try */
    protected abstract Stores stores();

    /** One generated event: which id, who, what, on which material, and how many minutes in. */
    record Ev(int id, int viewer, int material, EventType type, int minutes, boolean batched) {
        EngagementEvent event() {
            return new EngagementEvent("e" + id, VIEWERS.get(viewer), MATERIALS.get(material), type,
                    START.plus(Duration.ofMinutes(minutes)));
        }
    }

    @Property(tries = 120)
    void statisticsEqualBruteForce(@ForAll("events") List<Ev> events, @ForAll("ranges") List<int[]> ranges) {
        MutableClock clock = MutableClock.at(START.plus(Duration.ofDays(6)));
        ShareHub hub = ShareHub.builder().stores(stores()).clock(clock).zone(ZoneId.of("Asia/Shanghai")).build();
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        hub.catalog().createMaterial(MaterialSpec.of("M1", "公开", "c"));
        hub.catalog().createMaterial(MaterialSpec.of("M2", "会员", "c").withVisibility(Visibility.MEMBERS));
        hub.catalog().createMaterial(MaterialSpec.of("M3", "内部", "c").withVisibility(Visibility.internalTo("sales")));
        for (String m : MATERIALS) {
            hub.catalog().publish(m, START.minus(Duration.ofDays(1)));
        }

        Model model = new Model();
        List<Ev> pending = new ArrayList<>();
        for (Ev ev : events) {
            if (ev.batched()) {
                pending.add(ev);
                continue;
            }
            flush(hub, pending, model);
            EngagementEvent event = ev.event();
            if (model.conflicts(event)) {
                assertThatThrownBy(() -> hub.engagement().record(event))
                        .isInstanceOf(IdempotencyConflictException.class);
            } else {
                EventOutcome outcome = hub.engagement().record(event);
                assertThat(outcome.isRecorded()).as("%s", event).isEqualTo(model.apply(event));
            }
        }
        flush(hub, pending, model);

        for (String material : MATERIALS) {
            MaterialStats all = hub.engagement().stats(material);
            assertThat(all).as("all-time stats of %s", material).isEqualTo(model.stats(material, null));
            for (int[] r : ranges) {
                TimeRange range = TimeRange.of(START.plus(Duration.ofMinutes(r[0])),
                        START.plus(Duration.ofMinutes(r[0] + r[1])));
                assertThat(hub.engagement().stats(material, range)).as("%s over %s", material, range)
                        .isEqualTo(model.stats(material, range));
            }
        }
        for (Viewer viewer : VIEWERS) {
            assertThat(hub.heat().ofPerson(viewer.id())).as("heat of %s", viewer.id())
                    .isEqualTo(model.heat.getOrDefault(viewer.id(), 0.0));
        }
    }

    private static void flush(ShareHub hub, List<Ev> pending, Model model) {
        if (pending.isEmpty()) {
            return;
        }
        List<EngagementEvent> batch = pending.stream().map(Ev::event).toList();
        List<EventOutcome> outcomes = hub.engagement().recordAll(batch);
        for (int i = 0; i < batch.size(); i++) {
            EngagementEvent event = batch.get(i);
            if (model.conflicts(event)) {
                assertThat(outcomes.get(i).status()).isEqualTo(EventOutcome.Status.CONFLICT);
            } else {
                assertThat(outcomes.get(i).isRecorded()).as("%s", event).isEqualTo(model.apply(event));
            }
        }
        pending.clear();
    }

    /** DESIGN's counting rules, the obvious way. */
    static final class Model {
        final Map<String, EngagementEvent> recorded = new HashMap<>();
        final List<EngagementEvent> log = new ArrayList<>();
        final List<Boolean> changed = new ArrayList<>();
        final Set<String> favorites = new HashSet<>();
        final Set<String> everFavorited = new HashSet<>();
        final Map<String, Double> heat = new HashMap<>();

        boolean conflicts(EngagementEvent event) {
            EngagementEvent previous = recorded.get(event.eventId());
            return previous != null && !(previous.viewer().id().equals(event.viewer().id())
                    && previous.materialId().equals(event.materialId()) && previous.type() == event.type()
                    && previous.at().equals(event.at()));
        }

        /** @return whether the event is on record after applying it */
        boolean apply(EngagementEvent event) {
            if (recorded.containsKey(event.eventId())) {
                return true;
            }
            String key = event.viewer().id() + "|" + event.materialId();
            if (!allowed(event, favorites.contains(key))) {
                return false;
            }
            boolean change = true;
            double weight = switch (event.type()) {
                case VIEW -> 1;
                case DOWNLOAD -> 3;
                case SHARE -> 5;
                case FAVORITE -> {
                    change = favorites.add(key);
                    yield change && everFavorited.add(key) ? 2 : 0;
                }
                case UNFAVORITE -> {
                    change = favorites.remove(key);
                    yield 0;
                }
            };
            recorded.put(event.eventId(), event);
            log.add(event);
            changed.add(change);
            heat.merge(event.viewer().id(), weight, Double::sum);
            return true;
        }

        static boolean allowed(EngagementEvent event, boolean favorited) {
            Viewer v = event.viewer();
            boolean anonymous = v.isAnonymous();
            boolean sales = v.groups().contains("sales");
            return switch (event.materialId()) {
                case "M1" -> true;
                case "M2" -> event.type() == EventType.UNFAVORITE || !anonymous;
                default -> sales || (event.type() == EventType.UNFAVORITE && favorited);
            };
        }

        MaterialStats stats(String material, TimeRange range) {
            long views = 0;
            long favs = 0;
            long downloads = 0;
            long shares = 0;
            Set<String> viewers = new HashSet<>();
            for (int i = 0; i < log.size(); i++) {
                EngagementEvent e = log.get(i);
                if (!e.materialId().equals(material) || (range != null && !range.contains(e.at()))) {
                    continue;
                }
                switch (e.type()) {
                    case VIEW -> {
                        views++;
                        viewers.add(e.viewer().id());
                    }
                    case DOWNLOAD -> downloads++;
                    case SHARE -> shares++;
                    case FAVORITE -> favs += changed.get(i) ? 1 : 0;
                    case UNFAVORITE -> { }
                }
            }
            if (range == null) {
                favs = favorites.stream().filter(k -> k.endsWith("|" + material)).count();
            }
            return new MaterialStats(views, viewers.size(), favs, downloads, shares);
        }
    }

    @Provide
    Arbitrary<List<Ev>> events() {
        Arbitrary<Ev> one = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, VIEWERS.size() - 1),
                Arbitraries.integers().between(0, MATERIALS.size() - 1),
                Arbitraries.of(EventType.class),
                Arbitraries.integers().between(0, 5 * 24 * 60),
                Arbitraries.of(true, false))
                .as(Ev::new);
        return one.list().ofMaxSize(60).map(list -> {
            // repeat some events exactly, so repeated ids with the same payload occur often
            List<Ev> withRepeats = new ArrayList<>(list);
            for (int i = 0; i + 3 < list.size(); i += 4) {
                withRepeats.add(list.get(i));
            }
            return withRepeats;
        });
    }

    @Provide
    Arbitrary<List<int[]>> ranges() {
        return Combinators.combine(Arbitraries.integers().between(-60, 5 * 24 * 60),
                Arbitraries.integers().between(0, 3 * 24 * 60)).as((from, length) -> new int[] {from, length})
                .list().ofMinSize(1).ofMaxSize(5).filter(Objects::nonNull);
    }
}
