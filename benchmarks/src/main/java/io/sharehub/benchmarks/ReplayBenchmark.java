package io.sharehub.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pair 8: the Twitter16 replay end to end, in memory, as a user runs it: each iteration launches a
 * new JVM, {@code java -jar examples/target/sharehub-examples.jar replay --cascades
 * DATA/twitter16-cascades --out DIR} (DATA: the shared data sets, {@link SharedData}), and the time
 * is from the launch until
 * {@code DIR/summary.json} exists (it is the first file the replay writes, after replaying every
 * event and computing the summary; the file is polled every 5 ms). The iteration's teardown, not
 * timed, checks the summary's counts (345,080 referrals, as docs/cli.md states) and then stops the
 * process, which would go on to write the leaderboard workbook, the graph and a poster. No warm-up:
 * every launch is a cold JVM. There is no baseline; the goal is absolute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 3)
public class ReplayBenchmark {
    static final String JAR = System.getProperty("sharehub.bench.examplesJar", "examples/target/sharehub-examples.jar");
    static final String CASCADES = System.getProperty("sharehub.bench.cascades",
            SharedData.resolve("twitter16-cascades"));
    static final String REFERRALS = System.getProperty("sharehub.bench.referrals", "345080");

    private Path out;
    private Process process;

    @Setup(Level.Iteration)
    public void folder() throws IOException {
        if (!Files.isRegularFile(Path.of(JAR))) {
            throw new IllegalStateException(JAR + " is missing: build it with mvn -B -q -pl examples -am -DskipTests"
                    + " package");
        }
        out = Files.createTempDirectory("sharehub-replay-bench");
    }

    @Benchmark
    public Path replayToSummary() throws IOException, InterruptedException {
        Path summary = out.resolve("summary.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-jar", JAR, "replay", "--cascades", CASCADES, "--out",
                out.toString())).redirectErrorStream(true).redirectOutput(out.resolve("replay.log").toFile()).start();
        while (!Files.exists(summary)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the replay ended (status " + process.exitValue() + ") without a summary: "
                        + Files.readString(out.resolve("replay.log"), StandardCharsets.UTF_8));
            }
            Thread.sleep(5);
        }
        return summary;
    }

    @TearDown(Level.Iteration)
    public void check() throws IOException, InterruptedException {
        try {
            Path summary = out.resolve("summary.json");
            String json = "";
            for (int i = 0; i < 200 && !json.trim().endsWith("}"); i++) {
                Thread.sleep(10);   // the file exists: let the writer finish it
                json = Files.readString(summary, StandardCharsets.UTF_8);
            }
            if (!json.replace(" ", "").contains("\"referrals\":" + REFERRALS + ",")) {
                throw new IllegalStateException("the replay's summary does not count " + REFERRALS + " referrals: " + json);
            }
        } finally {
            process.destroyForcibly().waitFor();
            delete(out.toFile());
        }
    }

    private static void delete(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                delete(child);
            }
        }
        file.delete();
    }
}
