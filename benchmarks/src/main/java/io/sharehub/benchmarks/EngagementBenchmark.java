package io.sharehub.benchmarks;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventOutcome;
import io.sharehub.engagement.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pair 1: recording VIEW events in memory, one thread. ShareHub's in-memory hub (as singles and as
 * batches of 1,000) beside a plain loop over {@link ConcurrentHashMap} and {@link LongAdder} that
 * does the same counting work: event-id dedupe (a repeat with the same payload counts once),
 * views, unique viewers and hub-zone day buckets per material.
 *
 * <p>Each invocation records one round of {@value #ROUND} pre-built events (built in an
 * invocation-level setup, outside the timed part): 1,000 published public materials, 100,000
 * members, instants spread over the last 30 days, 2 % retries of an id of the same round. The hub
 * (or the plain maps) is new for every iteration. Scores are events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EngagementBenchmark {
    /** Events per invocation. */
    static final int ROUND = 100_000;
    static final int BATCH = 1_000;
    static final int MATERIALS = 1_000;
    static final int PEOPLE = 100_000;
    static final ZoneId ZONE = ShareHub.DEFAULT_ZONE;

    private final SplittableRandom random = new SplittableRandom(14);
    private final Viewer[] viewers = new Viewer[PEOPLE];
    private final String[] materials = new String[MATERIALS];
    private long nextId;
    private Instant now;

    /** The round the next invocation records. */
    List<EngagementEvent> round;
    ShareHub hub;
    PlainCounters plain;

    @Setup(Level.Trial)
    public void people() {
        for (int i = 0; i < PEOPLE; i++) {
            viewers[i] = Viewer.member("U" + i);
        }
        for (int i = 0; i < MATERIALS; i++) {
            materials[i] = "M" + i;
        }
    }

    @Setup(Level.Iteration)
    public void freshStores() {
        hub = Hubs.builder().build();
        hub.catalog().createCategory(CategorySpec.of("all", "全部素材"));
        for (String material : materials) {
            hub.catalog().createMaterial(MaterialSpec.of(material, "素材 " + material, "all"));
            hub.catalog().publish(material);
        }
        plain = new PlainCounters(ZONE);
        now = hub.clock().instant();
    }

    @Setup(Level.Invocation)
    public void nextRound() {
        List<EngagementEvent> events = new ArrayList<>(ROUND);
        long thirtyDays = Duration.ofDays(30).toMillis();
        for (int i = 0; i < ROUND; i++) {
            if (i > 0 && random.nextInt(100) < 2) {
                events.add(events.get(random.nextInt(i)));   // a retry of an earlier event, same payload
                continue;
            }
            Instant at = now.minusMillis(random.nextLong(thirtyDays));
            events.add(new EngagementEvent("e" + nextId++, viewers[random.nextInt(PEOPLE)],
                    materials[random.nextInt(MATERIALS)], EventType.VIEW, at));
        }
        round = events;
    }

    /** ShareHub, one {@code record} call per event. */
    @Benchmark
    @OperationsPerInvocation(ROUND)
    public void sharehubSingles(Blackhole sink) {
        for (EngagementEvent event : round) {
            sink.consume(hub.engagement().record(event));
        }
    }

    /** ShareHub, {@code recordAll} in batches of 1,000 events. */
    @Benchmark
    @OperationsPerInvocation(ROUND)
    public void sharehubBatches(Blackhole sink) {
        for (int from = 0; from < ROUND; from += BATCH) {
            List<EventOutcome> outcomes = hub.engagement().recordAll(round.subList(from, from + BATCH));
            sink.consume(outcomes);
        }
    }

    /** The baseline: the same counting in a plain loop over concurrent maps. */
    @Benchmark
    @OperationsPerInvocation(ROUND)
    public void plainMaps(Blackhole sink) {
        for (EngagementEvent event : round) {
            sink.consume(plain.record(event));
        }
    }

    /**
     * What a host would write by hand: event ids deduplicated in a concurrent map (a repeat with
     * another payload is a conflict), and per material the views, the set of viewers and the day
     * buckets of the hub zone.
     */
    static final class PlainCounters {
        private final ZoneId zone;
        private final Map<String, EngagementEvent> events = new ConcurrentHashMap<>();
        private final Map<String, MaterialCounters> materials = new ConcurrentHashMap<>();

        PlainCounters(ZoneId zone) {
            this.zone = zone;
        }

        /** @return whether the event was new */
        boolean record(EngagementEvent event) {
            EngagementEvent previous = events.putIfAbsent(event.eventId(), event);
            if (previous != null) {
                if (!previous.viewer().id().equals(event.viewer().id()) || !previous.materialId().equals(event.materialId())
                        || previous.type() != event.type()) {
                    throw new IllegalStateException("conflicting repeat of " + event.eventId());
                }
                return false;
            }
            MaterialCounters counters = materials.computeIfAbsent(event.materialId(), m -> new MaterialCounters());
            counters.views.increment();
            if (counters.viewers.add(event.viewer().id())) {
                counters.uniqueViewers.increment();
            }
            long day = LocalDate.ofInstant(event.at(), zone).toEpochDay();
            counters.days.computeIfAbsent(day, d -> new LongAdder()).increment();
            return true;
        }

        long views(String material) {
            MaterialCounters counters = materials.get(material);
            return counters == null ? 0 : counters.views.sum();
        }

        long uniqueViewers(String material) {
            MaterialCounters counters = materials.get(material);
            return counters == null ? 0 : counters.uniqueViewers.sum();
        }
    }

    private static final class MaterialCounters {
        final LongAdder views = new LongAdder();
        final LongAdder uniqueViewers = new LongAdder();
        final Set<String> viewers = ConcurrentHashMap.newKeySet();
        final Map<Long, LongAdder> days = new ConcurrentHashMap<>();
    }
}
