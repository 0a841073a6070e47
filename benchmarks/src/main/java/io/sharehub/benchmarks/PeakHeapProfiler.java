package io.sharehub.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.sharehub.benchmarks.PeakHeapProfiler}) that reports, per
 * iteration, how much heap the benchmark needed:
 * <ul>
 *   <li>{@code ·heap.peak}: the sum of the peak usage of every heap pool since the iteration began
 *       (an upper bound of the heap in use at any one moment, garbage included, so it follows the
 *       heap size the collector chose);</li>
 *   <li>{@code ·heap.live}: the most heap in use right after a collection during the iteration,
 *       which is what the benchmark kept reachable (0 when no collection ran).</li>
 * </ul>
 * Run with a small {@code -Xmx} to show the work fits in it.
 */
public final class PeakHeapProfiler implements InternalProfiler {
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    @Override
    public String getDescription() {
        return "peak heap use and peak heap live after GC, per iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        liveAfterGc.set(0);
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += usage.getUsed();
        }
        // non-heap pools (metaspace, code cache) are in the map too: take the heap pools only
        for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (!isHeap(entry.getKey())) {
                used -= entry.getValue().getUsed();
            }
        }
        liveAfterGc.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeap(String pool) {
        for (MemoryPoolMXBean bean : ManagementFactory.getMemoryPoolMXBeans()) {
            if (bean.getName().equals(pool)) {
                return bean.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
        emitters.clear();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double mib = 1024.0 * 1024.0;
        return List.of(new ScalarResult("·heap.peak", peak / mib, "MiB", AggregationPolicy.MAX),
                new ScalarResult("·heap.live", liveAfterGc.get() / mib, "MiB", AggregationPolicy.MAX));
    }
}
