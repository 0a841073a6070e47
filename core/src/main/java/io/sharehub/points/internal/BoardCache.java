package io.sharehub.points.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sharehub.points.LeaderboardCacheConfig;
import io.sharehub.points.spi.BoardSource;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Board snapshots in a bounded Caffeine cache that expires them by the hub's clock. Each
 * snapshot remembers the generation its read started in; this instance's writes bump the
 * generation after commit, so a snapshot read while such a write was committing is never served.
 */
final class BoardCache {
    private final Cache<BoardSource, BoardSnapshot> snapshots;
    private final AtomicLong generation = new AtomicLong();
    private final int depth;

    BoardCache(LeaderboardCacheConfig config, Clock clock) {
        this.depth = config.depth();
        this.snapshots = Caffeine.newBuilder()
                .maximumSize(config.maximumBoards())
                .expireAfterWrite(config.staleness())
                .ticker(() -> clock.millis() * 1_000_000L)
                // Maintenance runs on the calling threads: the library starts no thread.
                .executor(Runnable::run)
                .build();
    }

    int depth() {
        return depth;
    }

    long generation() {
        return generation.get();
    }

    /** @return the current snapshot of a board, or {@code null} when there is none */
    BoardSnapshot get(BoardSource source) {
        BoardSnapshot snapshot = snapshots.getIfPresent(source);
        return snapshot == null || snapshot.generation() != generation.get() ? null : snapshot;
    }

    void put(BoardSource source, BoardSnapshot snapshot) {
        if (snapshot.generation() == generation.get()) {
            snapshots.put(source, snapshot);
        }
    }

    /** Called after this instance committed a write that changes boards. */
    void invalidate() {
        generation.incrementAndGet();
        snapshots.invalidateAll();
    }
}
