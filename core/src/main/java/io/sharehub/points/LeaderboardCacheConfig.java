package io.sharehub.points;

import io.sharehub.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * The optional leaderboard cache, for hosts with heavy read traffic (off unless given to
 * {@link io.sharehub.ShareHub.Builder#leaderboardCache}).
 *
 * <p>The cache keeps, per board (scope and subject), one snapshot of its first {@code depth} rows
 * and its total, read in one transaction. Pages within those rows, and "my rank" of any id among
 * them (or of any id at all when the whole board fits), are answered from the snapshot, so a
 * page and the "my rank" beside it always agree. Other requests read the store, page and row
 * together. A snapshot is dropped when it is older than {@code staleness} by the hub's clock, and
 * at once when this hub instance pays or reverses points or merges accounts (after commit); writes
 * by other instances sharing the database show up within {@code staleness}. Bounded: at most
 * {@code maximumBoards} snapshots.
 *
 * <pre>{@code
 * ShareHub.builder().leaderboardCache(LeaderboardCacheConfig.custom()
 *         .staleness(Duration.ofSeconds(10))
 *         .depth(1_000)
 *         .build())
 * }</pre>
 *
 * @param staleness how long a snapshot may be used
 * @param depth how many rows of a board a snapshot holds
 * @param maximumBoards how many snapshots the cache holds at most
 */
public record LeaderboardCacheConfig(Duration staleness, int depth, int maximumBoards) {
    /** The default staleness: 5 seconds. */
    public static final Duration DEFAULT_STALENESS = Duration.ofSeconds(5);
    /** The default depth: 1,000 rows. */
    public static final int DEFAULT_DEPTH = 1_000;
    /** The largest depth: 100,000 rows. */
    public static final int MAX_DEPTH = 100_000;
    /** The default maximum number of snapshots: 1,000. */
    public static final int DEFAULT_MAXIMUM_BOARDS = 1_000;

    /**
     * @throws InvalidInputException if a value is out of its range (see {@link Builder})
     */
    public LeaderboardCacheConfig {
        Objects.requireNonNull(staleness, "staleness");
        if (staleness.isNegative() || staleness.isZero()) {
            throw new InvalidInputException("staleness", "must be more than 0", staleness);
        }
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidInputException("depth", "must be from 1 to " + MAX_DEPTH, depth);
        }
        if (maximumBoards < 1) {
            throw new InvalidInputException("maximumBoards", "must be 1 or more", maximumBoards);
        }
    }

    /** @return the defaults: 5 seconds, 1,000 rows, 1,000 boards */
    public static LeaderboardCacheConfig ofDefaults() {
        return custom().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder custom() {
        return new Builder();
    }

    /** Builds a {@link LeaderboardCacheConfig}. Each setter checks its value. */
    public static final class Builder {
        private Duration staleness = DEFAULT_STALENESS;
        private int depth = DEFAULT_DEPTH;
        private int maximumBoards = DEFAULT_MAXIMUM_BOARDS;

        private Builder() {
        }

        /**
         * @param staleness how long a snapshot may be used, more than 0; 5 seconds by default
         * @return this builder
         * @throws InvalidInputException if it is 0 or negative
         */
        public Builder staleness(Duration staleness) {
            Objects.requireNonNull(staleness, "staleness");
            if (staleness.isNegative() || staleness.isZero()) {
                throw new InvalidInputException("staleness", "must be more than 0", staleness);
            }
            this.staleness = staleness;
            return this;
        }

        /**
         * @param depth how many rows of a board a snapshot holds, 1 to 100,000; 1,000 by default
         * @return this builder
         * @throws InvalidInputException if it is out of range
         */
        public Builder depth(int depth) {
            if (depth < 1 || depth > MAX_DEPTH) {
                throw new InvalidInputException("depth", "must be from 1 to " + MAX_DEPTH, depth);
            }
            this.depth = depth;
            return this;
        }

        /**
         * @param maximumBoards how many snapshots the cache holds at most, 1 or more; 1,000 by default
         * @return this builder
         * @throws InvalidInputException if it is less than 1
         */
        public Builder maximumBoards(int maximumBoards) {
            if (maximumBoards < 1) {
                throw new InvalidInputException("maximumBoards", "must be 1 or more", maximumBoards);
            }
            this.maximumBoards = maximumBoards;
            return this;
        }

        /** @return the config */
        public LeaderboardCacheConfig build() {
            return new LeaderboardCacheConfig(staleness, depth, maximumBoards);
        }
    }
}
