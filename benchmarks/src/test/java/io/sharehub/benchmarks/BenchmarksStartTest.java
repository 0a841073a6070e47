package io.sharehub.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The benchmarks are not run by the build; this checks that they are there and that they start. */
class BenchmarksStartTest {

    @Test
    void everyBenchmarkTheReportNamesIsInTheJar() throws IOException {
        String list;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in).as("JMH's annotation processor wrote META-INF/BenchmarkList").isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (PerformanceReport.Pair pair : PerformanceReport.pairs()) {
            // the generated class of a benchmark is Class_method_jmhTest
            assertThat(list).contains("jmh_generated." + pair.sharehub().replace('.', '_') + "_jmhTest");
            if (pair.baseline() != null) {
                assertThat(list).contains("jmh_generated." + pair.baseline().replace('.', '_') + "_jmhTest");
            }
        }
    }

    @Test
    void aBenchmarkAndItsBaselineRunAndScore() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(EngagementBenchmark.class.getName() + ".(plainMaps|sharehubBatches)$")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .timeUnit(TimeUnit.SECONDS)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).hasSize(2);
        for (RunResult result : results) {
            // one invocation records 100,000 events; any real run does more than 10,000 a second
            assertThat(result.getPrimaryResult().getScore()).isGreaterThan(10_000);
        }
    }
}
