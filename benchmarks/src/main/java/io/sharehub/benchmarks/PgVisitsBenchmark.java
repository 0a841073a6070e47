package io.sharehub.benchmarks;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.jpa.JpaStores;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pair 2: recording visits that make referrals and pay points on three levels, on PostgreSQL, one
 * thread. ShareHub's {@code fission().visitAll} over the JPA stores (Hibernate, JDBC batches of 50,
 * {@code reWriteBatchedInserts}) beside {@link JdbcVisits}, hand-written JDBC that sends the same
 * inserts and counter updates in batches, in one transaction per batch.
 *
 * <p>Setup (outside the timed part): schema {@code bench_visits} is dropped and created with
 * ShareHub's scripts; campaign C1 (rule 10/3/1) gets {@value #CHAINS} chains root → level 1 →
 * level 2, and the level-2 people share. Each invocation records one batch of {@value #BATCH}
 * visits of new visitors to those shares: every visit is a new referral paying 10, 3 and 1 points.
 * Scores are visits per second.
 *
 * <p>To see the statements each side sends, run with {@code -jvmArgsAppend
 * -Dsharehub.bench.showSql=true} (Hibernate's {@code show_sql}; a JDBC batch shows each row).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class PgVisitsBenchmark {
    static final String SCHEMA = "bench_visits";
    static final int CHAINS = 100;
    static final int BATCH = 100;
    static final byte[] SECRET = "sharehub-benchmark-secret-0123456789".getBytes(StandardCharsets.UTF_8);

    private EntityManagerFactory emf;
    private ShareHub hub;
    private final List<String> tokens = new ArrayList<>();
    private final List<Long> shareIds = new ArrayList<>();
    private Connection jdbc;
    private JdbcVisits plain;
    private long nextVisitor;
    private List<VisitRequest> batch;
    private List<JdbcVisits.Visit> plainBatch;
    private Instant instant;

    @Setup(Level.Trial)
    public void campaign() throws SQLException {
        Postgres.resetSchema(SCHEMA);
        emf = Postgres.entityManagerFactory(SCHEMA, 2);
        JpaStores stores = Postgres.stores(emf);
        hub = ShareHub.builder().stores(stores).tokenKeys(TokenKeys.single(1, SECRET)).build();
        hub.fission().createCampaign(CampaignSpec.of("C1", "双十一预热").withRule(RewardRule.of(10, 3, 1)));
        for (int i = 0; i < CHAINS; i++) {
            String root = "R" + i;
            String level1 = "A" + i;
            String level2 = "B" + i;
            String rootToken = hub.fission().share(ShareRequest.of(Viewer.member(root), "C1", Channel.LINK)).token();
            hub.fission().visit(VisitRequest.of(rootToken, Viewer.member(level1)).withVisitId("setup-" + level1));
            String level1Token = hub.fission().share(ShareRequest.of(Viewer.member(level1), "C1", Channel.LINK)).token();
            hub.fission().visit(VisitRequest.of(level1Token, Viewer.member(level2)).withVisitId("setup-" + level2));
            ShareOutcome shared = hub.fission().share(ShareRequest.of(Viewer.member(level2), "C1",
                    Channel.WECHAT_MOMENTS));
            tokens.add(shared.token());
            shareIds.add(shared.share().shareId());
        }
        jdbc = Postgres.connect(SCHEMA);
        plain = new JdbcVisits(jdbc, "C1");
        instant = hub.clock().instant();
    }

    /**
     * Before every iteration, untimed, for both sides: the schema's tables vacuumed and analyzed,
     * as autovacuum would do while they grow (the CI server runs without it). Without this, both
     * sides' reads of growing tables (the visitors' nodes; ShareHub's people, visits, referrals and
     * visitors besides) keep the sequential-scan plans PostgreSQL cached for their prepared
     * statements when the tables were small, and each batch scans every row recorded so far.
     */
    @Setup(Level.Iteration)
    public void vacuumAnalyze() throws SQLException {
        Postgres.vacuumAnalyze(SCHEMA);
    }

    @Setup(Level.Invocation)
    public void nextBatch() {
        List<VisitRequest> requests = new ArrayList<>(BATCH);
        List<JdbcVisits.Visit> visits = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long visitor = nextVisitor++;
            int chain = (int) (visitor % CHAINS);
            requests.add(VisitRequest.of(tokens.get(chain), Viewer.anonymous("V" + visitor))
                    .withVisitId("visit-" + visitor).at(instant));
            visits.add(new JdbcVisits.Visit("visit-" + visitor, "V" + visitor, shareIds.get(chain)));
        }
        batch = requests;
        plainBatch = visits;
    }

    /** ShareHub: one {@code visitAll} of the batch. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void sharehubVisitAll(Blackhole sink) {
        List<VisitOutcome> outcomes = hub.fission().visitAll(batch);
        if (!outcomes.get(0).newReferral()) {
            throw new IllegalStateException("expected a new referral: " + outcomes.get(0));
        }
        sink.consume(outcomes);
    }

    /** The baseline: the same inserts and counter updates, hand-written JDBC batches. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void jdbcBatches(Blackhole sink) throws SQLException {
        int referrals = plain.record(plainBatch, instant);
        if (referrals != BATCH) {
            throw new IllegalStateException("expected " + BATCH + " referrals, made " + referrals);
        }
        sink.consume(referrals);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        jdbc.close();
        emf.close();
    }
}
