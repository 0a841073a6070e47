package io.sharehub.benchmarks;

import io.sharehub.ShareHub;
import io.sharehub.jpa.JpaStores;
import io.sharehub.points.BoardRow;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.Tuple;

/**
 * Pair 3: a campaign's top 100 and "my rank" among 1,000,000 accounts, one thread: ShareHub in
 * memory and on PostgreSQL (JPA stores) beside a Redis sorted set read with {@code ZREVRANGE 0 99
 * WITHSCORES} and {@code ZREVRANK} through Jedis. "My rank" asks for a random account of the
 * million each time. The seeds are {@link BoardSeed#campaign(int)}: in memory through
 * {@code points().credit}, on PostgreSQL by COPY of the same rows (schema {@code bench_board},
 * kept for the next fork when it holds the same seed), in Redis by pipelined ZADD (kept likewise).
 * The leaderboard cache is off: every call reads the store.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CampaignBoardBenchmark {
    static final int ACCOUNTS = Integer.getInteger("sharehub.bench.accounts", 1_000_000);
    static final String SCHEMA = "bench_board";

    /** Random accounts to ask "my rank" for, the same for every store. */
    @State(Scope.Thread)
    public static class Asker {
        private final String[] accounts = new String[4096];
        private int next;

        @Setup(Level.Trial)
        public void accounts() {
            SplittableRandom random = new SplittableRandom(3);
            for (int i = 0; i < accounts.length; i++) {
                accounts[i] = BoardSeed.account(random.nextInt(ACCOUNTS));
            }
        }

        String next() {
            return accounts[next++ & (accounts.length - 1)];
        }
    }

    /** ShareHub in memory, seeded through its API. */
    @State(Scope.Benchmark)
    public static class InMemory {
        Leaderboard board;
        ShareHub hub;

        @Setup(Level.Trial)
        public void seed() {
            hub = Hubs.builder().build();
            BoardSeed.credit(hub, BoardSeed.campaign(ACCOUNTS));
            board = hub.leaderboards().campaign("C1M");
        }
    }

    /**
     * Changes the in-memory board before each read (one more credit to a random account), so that
     * the read cannot answer from the first rows the store keeps between changes.
     */
    @State(Scope.Thread)
    public static class Writer {
        private final SplittableRandom random = new SplittableRandom(5);
        private long next;
        ShareHub hub;

        @Setup(Level.Trial)
        public void hub(InMemory store) {
            hub = store.hub;
        }

        @Setup(Level.Invocation)
        public void write() {
            hub.points().credit(ReferralCredit.of("extra-" + next++, "C1M", null,
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
            BoardSeed.Seed seed = BoardSeed.campaign(ACCOUNTS);
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
            board = Hubs.builder().stores(stores).build().leaderboards().campaign("C1M");
        }

        @TearDown(Level.Trial)
        public void close() {
            emf.close();
        }
    }

    /** The Redis sorted set. */
    @State(Scope.Benchmark)
    public static class InRedis {
        static final String KEY = Redis.PREFIX + "C1M";
        Jedis jedis;

        @Setup(Level.Trial)
        public void seed() {
            jedis = Redis.connect();
            if (!Redis.holds(jedis, KEY, ACCOUNTS)) {
                jedis.del(KEY);
                BoardSeed.redis(jedis, Redis.PREFIX, BoardSeed.campaign(ACCOUNTS));
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            jedis.close();
        }
    }

    @Benchmark
    public List<BoardRow> memoryTop100(InMemory store) {
        return store.board.top(100);
    }

    /** The top 100 right after a write: the walk of the rank tree, not the rows kept between changes. */
    @Benchmark
    public List<BoardRow> memoryTop100AfterWrite(InMemory store, Writer writer) {
        return store.board.top(100);
    }

    @Benchmark
    public Optional<BoardRow> memoryRank(InMemory store, Asker asker) {
        return store.board.rankOf(asker.next());
    }

    @Benchmark
    public List<BoardRow> postgresTop100(OnPostgres store) {
        return store.board.top(100);
    }

    @Benchmark
    public Optional<BoardRow> postgresRank(OnPostgres store, Asker asker) {
        return store.board.rankOf(asker.next());
    }

    @Benchmark
    public List<Tuple> redisTop100(InRedis store) {
        return store.jedis.zrevrangeWithScores(InRedis.KEY, 0, 99);
    }

    @Benchmark
    public void redisRank(InRedis store, Asker asker, Blackhole sink) {
        sink.consume(store.jedis.zrevrank(InRedis.KEY, asker.next()));
    }
}
