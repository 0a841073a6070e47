package io.sharehub.benchmarks;

import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.jpa.JpaStores;
import io.sharehub.points.BoardRow;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.Tuple;

/**
 * Pair 4: the overall leaderboard of 30 days, 100,000 accounts each earning on every day, top
 * 100, one thread: ShareHub's range board over the 30 whole days in memory and on PostgreSQL
 * beside Redis {@code ZUNIONSTORE} of the 30 daily sorted sets followed by {@code ZREVRANGE 0 99
 * WITHSCORES}. Seeds: {@link BoardSeed#days(int, int)} (3,000,000 credits), in memory through the
 * API, on PostgreSQL by COPY of the same rows (schema {@code bench_range}), in Redis by pipelined
 * ZADD; the two last are kept for the next fork when they hold the same seed.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class OverallBoardBenchmark {
    static final int DAYS = 30;
    static final int ACCOUNTS = Integer.getInteger("sharehub.bench.dayAccounts", 100_000);
    static final String SCHEMA = "bench_range";
    static final TimeRange RANGE = TimeRange.of(BoardSeed.START,
            BoardSeed.FIRST_DAY.plusDays(DAYS).atStartOfDay(BoardSeed.ZONE).toInstant());

    /** ShareHub in memory, seeded through its API. */
    @State(Scope.Benchmark)
    public static class InMemory {
        Leaderboard board;
        ShareHub hub;

        @Setup(Level.Trial)
        public void seed() {
            hub = Hubs.builder().build();
            BoardSeed.credit(hub, BoardSeed.days(DAYS, ACCOUNTS));
            board = hub.leaderboards().range(RANGE);
        }
    }

    /**
     * Changes the in-memory range before each read (one more credit to a random account on a
     * random day of it), so that the read cannot answer from the board the store keeps between
     * writes: it sums the 30 days again.
     */
    @State(Scope.Thread)
    public static class Writer {
        private final SplittableRandom random = new SplittableRandom(7);
        private long next;
        ShareHub hub;

        @Setup(Level.Trial)
        public void hub(InMemory store) {
            hub = store.hub;
        }

        @Setup(Level.Invocation)
        public void write() {
            int day = random.nextInt(DAYS);
            Instant at = BoardSeed.FIRST_DAY.plusDays(day).atStartOfDay(BoardSeed.ZONE).toInstant()
                    .plusMillis(random.nextInt(86_400_000));
            hub.points().credit(ReferralCredit.of("extra-" + next++, String.format("D%02d", day), at,
                    ReferralAward.of(1, BoardSeed.account(random.nextInt(ACCOUNTS)), 1 + random.nextInt(1_000))));
        }
    }

    /** ShareHub on PostgreSQL. */
    @State(Scope.Benchmark)
    public static class OnPostgres {
        EntityManagerFactory emf;
        Leaderboard board;

        @Setup(Level.Trial)
        public void seed() throws SQLException, IOException {
            BoardSeed.Seed seed = BoardSeed.days(DAYS, ACCOUNTS);
            if (!Postgres.seeded(SCHEMA, seed.name())) {
                List<String> indexes = Postgres.resetSchemaWithoutIndexes(SCHEMA);
                try (Connection connection = Postgres.connect(SCHEMA)) {
                    BoardSeed.copy(connection, seed);
                }
                Postgres.execute(SCHEMA, indexes);
                Postgres.markSeeded(SCHEMA, seed.name());
            }
            emf = Postgres.entityManagerFactory(SCHEMA, 2);
            JpaStores stores = Postgres.stores(emf);
            board = Hubs.builder().stores(stores).build().leaderboards().range(RANGE);
        }

        @TearDown(Level.Trial)
        public void close() {
            emf.close();
        }
    }

    /** The 30 daily Redis sorted sets. */
    @State(Scope.Benchmark)
    public static class InRedis {
        static final String DESTINATION = Redis.PREFIX + "overall";
        final String[] days = new String[DAYS];
        Jedis jedis;

        @Setup(Level.Trial)
        public void seed() {
            jedis = Redis.connect();
            boolean seeded = true;
            for (int day = 0; day < DAYS; day++) {
                days[day] = Redis.PREFIX + String.format("D%02d", day);
                seeded &= Redis.holds(jedis, days[day], ACCOUNTS);
            }
            if (!seeded) {
                jedis.del(days);
                BoardSeed.redis(jedis, Redis.PREFIX, BoardSeed.days(DAYS, ACCOUNTS));
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            jedis.del(DESTINATION);
            jedis.close();
        }
    }

    @Benchmark
    public List<BoardRow> memoryTop100(InMemory store) {
        return store.board.top(100);
    }

    /** The top 100 right after a write: the sum of the 30 days, not the board kept between writes. */
    @Benchmark
    public List<BoardRow> memoryTop100AfterWrite(InMemory store, Writer writer) {
        return store.board.top(100);
    }

    @Benchmark
    public List<BoardRow> postgresTop100(OnPostgres store) {
        return store.board.top(100);
    }

    @Benchmark
    public List<Tuple> redisUnionTop100(InRedis store) {
        store.jedis.zunionstore(InRedis.DESTINATION, store.days);
        return store.jedis.zrevrangeWithScores(InRedis.DESTINATION, 0, 99);
    }

    /** @return when the range ends, for the smoke test */
    static Instant end() {
        return RANGE.to();
    }
}
