package io.sharehub.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code docs/performance.md} from JMH's JSON results: one row per pair (ShareHub beside
 * its baseline), the ratio, the goal and whether it is met, then the command, the machine and the
 * hand-written analysis of the misses.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sharehub.benchmarks.PerformanceReport \
 *     RESULTS.json docs/performance.md benchmarks/performance-notes.md "COMMAND" MINUTES
 * </pre>
 */
public final class PerformanceReport {
    private static final String PACKAGE = "io.sharehub.benchmarks.";

    /** How a score is compared: more is better (throughput) or less is better (time). */
    enum Direction {
        MORE, LESS
    }

    /** Which figure of a result the row shows and judges. */
    enum Figure {
        /** the score with its error */
        SCORE,
        /** the median of JMH's sample mode */
        P50
    }

    /** A goal: a description and the check. */
    record Goal(String text, Check check) {
        /** @return whether it is met, or {@code null} when it cannot be told (or none is stated) */
        Boolean met(Measured sharehub, Measured baseline, double ratio) {
            return check == null ? null : check.met(sharehub, baseline, ratio);
        }

        /** @return whether there is a goal to judge (a row shown for comparison has none) */
        boolean judged() {
            return check != null;
        }
    }

    /** Whether a pair's figures meet a goal, or {@code null} when it cannot be told. */
    @FunctionalInterface
    interface Check {
        Boolean met(Measured sharehub, Measured baseline, double ratio);
    }

    /** One row of the table. */
    record Pair(String what, String threads, String sharehub, String baseline, Figure figure, Direction direction,
            Goal goal) {
    }

    /** The figure a row uses, with its error when there is one. */
    record Measured(String benchmark, double value, double error, String unit, Map<String, Double> secondary) {
        /** The figure in a time unit that keeps it above 0.1 (40 ns/op, not 4.00e-05 ms/op); rates as they are. */
        String show() {
            double v = value;
            double e = error;
            String u = unit;
            for (int i = 0; i < FINER.size() - 1; i++) {
                String prefix = FINER.get(i) + "/op";
                if (Math.abs(v) < 0.1 && u.startsWith(prefix)) {
                    v *= 1000;
                    e *= 1000;
                    u = FINER.get(i + 1) + "/op" + u.substring(prefix.length());
                }
            }
            String number = format(v);
            return Double.isNaN(e) || e == 0 ? number + " " + u : number + " ± " + format(e) + " " + u;
        }

        /**
         * @param favourable whether to move toward the better end of the error (a higher rate, a
         *     shorter time) or the worse
         * @return this figure moved by its error, or this figure when it has none
         */
        Measured moved(boolean favourable) {
            if (Double.isNaN(error) || error == 0) {
                return this;
            }
            boolean rate = unit.startsWith("ops/");
            double by = rate == favourable ? error : -error;
            return new Measured(benchmark, value + by, 0, unit, secondary);
        }
    }

    /** Time units from coarse to fine, each a thousandth of the one before. */
    private static final List<String> FINER = List.of("s", "ms", "us", "ns");

    static Goal ratioAtLeast(double minimum, String text) {
        return new Goal(text, (sharehub, baseline, ratio) -> Double.isNaN(ratio) ? null : ratio >= minimum);
    }

    static Goal atMost(double limit, String unit, String text) {
        return new Goal(text, (sharehub, baseline, ratio) ->
                sharehub == null ? null : inUnit(sharehub.value(), sharehub.unit(), unit) <= limit);
    }

    /** The pairs the issue asks for, in its order, with its goals quoted. */
    static List<Pair> pairs() {
        Goal events = new Goal("≥ 0.5× the plain loop and ≥ 1,000,000 events/s on one thread",
                (sharehub, baseline, ratio) -> sharehub == null || Double.isNaN(ratio) ? null
                        : ratio >= 0.5 && sharehub.value() >= 1_000_000);
        Goal xlsx = new Goal("≥ 0.9× raw SXSSF with heap under 64 MB", (sharehub, baseline, ratio) -> {
            Double heap = sharehub == null ? null : sharehub.secondary().get("·heap.peak");
            return heap == null || Double.isNaN(ratio) ? null : ratio >= 0.9 && heap < 64;
        });
        Goal posters2 = new Goal("≥ 1× the baseline and ≥ 80 posters/s on two threads",
                (sharehub, baseline, ratio) -> sharehub == null || Double.isNaN(ratio) ? null
                        : ratio >= 1 && sharehub.value() >= 80);
        Goal none = new Goal("none stated (for comparison)", null);
        return List.of(
                new Pair("1. VIEW events in memory, `recordAll` batches of 1,000 (an op is an event)", "1",
                        "EngagementBenchmark.sharehubBatches", "EngagementBenchmark.plainMaps", Figure.SCORE,
                        Direction.MORE, events),
                new Pair("1. VIEW events in memory, one `record` call each (an op is an event)", "1", "EngagementBenchmark.sharehubSingles",
                        "EngagementBenchmark.plainMaps", Figure.SCORE, Direction.MORE, events),
                new Pair("2. visits with 3-level points on PostgreSQL, `visitAll` of 100 vs JDBC batches (an op is a visit)", "1",
                        "PgVisitsBenchmark.sharehubVisitAll", "PgVisitsBenchmark.jdbcBatches", Figure.SCORE,
                        Direction.MORE, ratioAtLeast(0.5, "≥ 0.5× hand-written JDBC doing the same work")),
                new Pair("3. campaign top-100 of 1,000,000, in memory vs Redis ZREVRANGE", "1",
                        "CampaignBoardBenchmark.memoryTop100", "CampaignBoardBenchmark.redisTop100", Figure.P50,
                        Direction.LESS, atMost(1, "us", "≤ 1 µs in memory")),
                new Pair("3. the same, the board changed before each read", "1",
                        "CampaignBoardBenchmark.memoryTop100AfterWrite", "CampaignBoardBenchmark.redisTop100",
                        Figure.P50, Direction.LESS, atMost(1, "us", "≤ 1 µs in memory")),
                new Pair("3. \"my rank\" among 1,000,000, in memory vs Redis ZREVRANK", "1",
                        "CampaignBoardBenchmark.memoryRank", "CampaignBoardBenchmark.redisRank", Figure.P50,
                        Direction.LESS, atMost(1, "us", "≤ 1 µs in memory")),
                new Pair("3. campaign top-100 of 1,000,000, PostgreSQL vs Redis ZREVRANGE", "1",
                        "CampaignBoardBenchmark.postgresTop100", "CampaignBoardBenchmark.redisTop100", Figure.P50,
                        Direction.LESS, atMost(1, "ms", "≤ 1 ms on PostgreSQL")),
                new Pair("3. \"my rank\" among 1,000,000, PostgreSQL vs Redis ZREVRANK", "1",
                        "CampaignBoardBenchmark.postgresRank", "CampaignBoardBenchmark.redisRank", Figure.P50,
                        Direction.LESS, atMost(1, "ms", "≤ 1 ms on PostgreSQL")),
                new Pair("4. overall board, 30 days × 100,000 accounts, top 100, in memory vs Redis ZUNIONSTORE", "1",
                        "OverallBoardBenchmark.memoryTop100", "OverallBoardBenchmark.redisUnionTop100", Figure.P50,
                        Direction.LESS, atMost(50, "ms", "≤ 50 ms in memory")),
                new Pair("4. the same, a day of the range changed before each read", "1",
                        "OverallBoardBenchmark.memoryTop100AfterWrite", "OverallBoardBenchmark.redisUnionTop100",
                        Figure.P50, Direction.LESS, atMost(50, "ms", "≤ 50 ms in memory")),
                new Pair("4. the same on PostgreSQL vs Redis ZUNIONSTORE", "1", "OverallBoardBenchmark.postgresTop100",
                        "OverallBoardBenchmark.redisUnionTop100", Figure.P50, Direction.LESS,
                        ratioAtLeast(1, "on PostgreSQL no slower than Redis ZUNIONSTORE")),
                new Pair("5. XLSX, 1,000,000 rows × 8 columns, in -Xmx64m, vs raw POI SXSSF", "1",
                        "XlsxBenchmark.sharehubWriter", "XlsxBenchmark.rawSxssf", Figure.SCORE, Direction.LESS, xlsx),
                new Pair("5. the same vs fastexcel", "1", "XlsxBenchmark.sharehubWriter", "XlsxBenchmark.fastexcel",
                        Figure.SCORE, Direction.LESS, none),
                new Pair("6. posters 750 × 1334, vs ZXing + Java2D + ImageIO PNG", "1", "PosterBenchmark.sharehub1Thread",
                        "PosterBenchmark.baseline1Thread", Figure.SCORE, Direction.MORE,
                        ratioAtLeast(1, "≥ 1× the baseline")),
                new Pair("6. posters on two threads", "2", "PosterBenchmark.sharehub2Threads",
                        "PosterBenchmark.baseline2Threads", Figure.SCORE, Direction.MORE, posters2),
                new Pair("7. Chinese search, 100,000 materials, top 20, vs Lucene 9.12 CJK with stored titles", "1",
                        "SearchBenchmark.sharehub", "SearchBenchmark.lucene", Figure.P50, Direction.LESS,
                        ratioAtLeast(0.5, "p50 ≤ 2× Lucene")),
                new Pair("7. the same vs a `String.contains` scan", "1", "SearchBenchmark.sharehub",
                        "SearchBenchmark.containsScan", Figure.P50, Direction.LESS,
                        ratioAtLeast(5, "≥ 5× faster than the scan")),
                new Pair("8. Twitter16 replay in memory, JVM launch to summary.json", "1 process",
                        "ReplayBenchmark.replayToSummary", null, Figure.SCORE, Direction.LESS,
                        atMost(3.4, "s", "summary in ≤ 3.4 s after JVM start")));
    }

    private PerformanceReport() {
    }

    /**
     * @param args the JMH JSON results, the Markdown to write, the analysis to include (may be
     *     missing), the command that ran the benchmarks, and how many minutes it took
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: PerformanceReport RESULTS.json OUT.md NOTES.md COMMAND [MINUTES]");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        if (results == null || results.isEmpty()) {
            System.err.println("no benchmark results in " + args[0] + "; " + args[1] + " left as it was");
            System.exit(1);
        }
        Path notes = Path.of(args[2]);
        String analysis = Files.exists(notes) ? Files.readString(notes, StandardCharsets.UTF_8) : "";
        String minutes = args.length > 4 ? args[4] : null;
        String markdown = render(results, analysis, args[3], minutes, Machine.describe());
        Files.writeString(Path.of(args[1]), markdown, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1]);
    }

    /** @return the page */
    static String render(JsonNode results, String analysis, String command, String minutes, String machine) {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode result : results) {
            byName.put(result.get("benchmark").asText().replace(PACKAGE, ""), result);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Performance\n\n");
        out.append("<!-- generated by benchmarks/run.sh (PerformanceReport) from JMH's JSON results; edit ")
                .append("benchmarks/performance-notes.md for the analysis, not this file -->\n\n");
        out.append("Each ShareHub path beside what a user would write or run instead, measured in the same JMH run ")
                .append("(`benchmarks/`, JMH 1.37). The machine may be shared and noisy, so the ratios matter more than ")
                .append("the absolute figures. **Ratio** is ShareHub's speed over the baseline's: above 1, ShareHub ")
                .append("is faster. Latencies are the median (p50) of JMH's sample mode; throughputs and single ")
                .append("shots are the mean ± the 99.9 % error JMH gives (none with fewer than two iterations).\n\n");
        out.append("| pair | threads | ShareHub | baseline | ratio | goal | met |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        List<String> missed = new ArrayList<>();
        int met = 0;
        int notRun = 0;
        int withinNoise = 0;
        for (Pair pair : pairs()) {
            Measured sharehub = measured(byName.get(pair.sharehub()), pair.figure());
            Measured baseline = pair.baseline() == null ? null : measured(byName.get(pair.baseline()), pair.figure());
            double ratio = ratio(sharehub, baseline, pair.direction());
            Boolean judged = pair.goal().met(sharehub, baseline, ratio);
            boolean noisy = judged != null && withinNoise(pair, sharehub, baseline, judged);
            boolean showHeap = pair.sharehub().startsWith("Xlsx");   // the only goal about heap
            String heap = showHeap && sharehub != null && sharehub.secondary().containsKey("·heap.peak")
                    ? String.format(Locale.ROOT, "<br>peak heap %.0f MiB", sharehub.secondary().get("·heap.peak")) : "";
            String baseHeap = showHeap && baseline != null && baseline.secondary().containsKey("·heap.peak")
                    ? String.format(Locale.ROOT, "<br>peak heap %.0f MiB", baseline.secondary().get("·heap.peak")) : "";
            out.append("| ").append(pair.what())
                    .append(" | ").append(pair.threads())
                    .append(" | ").append(sharehub == null ? "not run" : sharehub.show() + heap)
                    .append(" | ").append(pair.baseline() == null ? "—" : baseline == null ? "not run"
                            : shortName(pair.baseline()) + ": " + baseline.show() + baseHeap)
                    .append(" | ").append(Double.isNaN(ratio) ? "—" : format(ratio) + "×")
                    .append(" | ").append(pair.goal().text())
                    .append(" | ").append(judged == null ? "—" : judged ? "yes" : "**no**")
                    .append(noisy ? " (within noise)" : "")
                    .append(" |\n");
            if (noisy) {
                withinNoise++;
            }
            if (Boolean.FALSE.equals(judged)) {
                missed.add(pair.what());
            } else if (Boolean.TRUE.equals(judged)) {
                met++;
            } else if (pair.goal().judged() && (sharehub == null || pair.baseline() != null && baseline == null)) {
                notRun++;
            }
        }
        out.append('\n');
        out.append("Rows with a goal: ").append(met).append(" met, ").append(missed.size()).append(" missed")
                .append(missed.isEmpty() || !analysis.contains("## Why the misses") ? ""
                        : " (see [why](#why-the-misses))")
                .append(notRun == 0 ? "" : ", " + notRun + " not run").append('.')
                .append(withinNoise == 0 ? "" : " Within noise: " + withinNoise + (withinNoise == 1 ? " row" : " rows")
                        + ", whose verdict the errors JMH gives could turn.")
                .append("\n\n");
        out.append("## How it was run\n\n");
        out.append("```sh\n").append(command).append("\n```\n\n");
        out.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'"))).append(minutes == null ? "" : "; JMH took " + minutes
                        + ("1".equals(minutes) ? " minute" : " minutes")).append('\n');
        out.append(machine);
        out.append("- Settings per pair are in each benchmark class's annotations (forks, warm-up and measurement ")
                .append("iterations, threads, heap); `benchmarks/run.sh` adds the peak-heap and `gc` profilers.\n\n");
        out.append("## Detailed figures\n\n| benchmark | mode | score | error | unit | p50 | alloc/op |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (JsonNode result : results) {
            JsonNode primary = result.get("primaryMetric");
            JsonNode p50 = primary.path("scorePercentiles").get("50.0");
            JsonNode alloc = secondary(result, "gc.alloc.rate.norm");
            out.append("| ").append(result.get("benchmark").asText().replace(PACKAGE, ""))
                    .append(" | ").append(result.get("mode").asText())
                    .append(" | ").append(format(primary.get("score").asDouble()))
                    .append(" | ").append(format(primary.get("scoreError").asDouble()))
                    .append(" | ").append(primary.get("scoreUnit").asText())
                    .append(" | ").append(p50 == null || !"sample".equals(result.get("mode").asText()) ? ""
                            : format(p50.asDouble()))
                    .append(" | ").append(alloc == null ? "" : format(alloc.get("score").asDouble()) + " "
                            + alloc.get("scoreUnit").asText())
                    .append(" |\n");
        }
        out.append('\n');
        if (!analysis.isBlank()) {
            out.append(analysis.strip()).append('\n');
        }
        return out.toString();
    }

    private static JsonNode secondary(JsonNode result, String suffix) {
        JsonNode metrics = result.path("secondaryMetrics");
        for (var names = metrics.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.endsWith(suffix)) {
                return metrics.get(name);
            }
        }
        return null;
    }

    static Measured measured(JsonNode result, Figure figure) {
        if (result == null) {
            return null;
        }
        JsonNode primary = result.get("primaryMetric");
        String unit = primary.get("scoreUnit").asText();
        Map<String, Double> secondary = new HashMap<>();
        result.path("secondaryMetrics").fields().forEachRemaining(e -> secondary.put(e.getKey(),
                e.getValue().get("score").asDouble()));
        String name = result.get("benchmark").asText().replace(PACKAGE, "");
        if (figure == Figure.P50 && primary.has("scorePercentiles")) {
            return new Measured(name, primary.get("scorePercentiles").get("50.0").asDouble(), Double.NaN, unit + " p50",
                    secondary);
        }
        return new Measured(name, primary.get("score").asDouble(), primary.get("scoreError").asDouble(), unit, secondary);
    }

    /**
     * @return whether the errors could turn the verdict: the goal judged again with ShareHub's
     *     figure and the baseline's moved by their errors, once each way, gives another answer
     */
    static boolean withinNoise(Pair pair, Measured sharehub, Measured baseline, boolean judged) {
        for (boolean better : new boolean[] {true, false}) {
            Measured s = sharehub == null ? null : sharehub.moved(better);
            Measured b = baseline == null ? null : baseline.moved(!better);
            double ratio = ratio(s, b, pair.direction());
            // an error past zero: moved toward ShareHub's side, as fast as can be (the goal holds); the
            // other way, as slow as can be (it fails)
            boolean pastZero = s != null && s.value() <= 0 || b != null && b.value() <= 0;
            Boolean again = pastZero ? Boolean.valueOf(better) : pair.goal().met(s, b, ratio);
            if (again != null && again != judged) {
                return true;
            }
        }
        return false;
    }

    static double ratio(Measured sharehub, Measured baseline, Direction direction) {
        if (sharehub == null || baseline == null) {
            return Double.NaN;
        }
        double a = inUnit(sharehub.value(), sharehub.unit(), "s");
        double b = inUnit(baseline.value(), baseline.unit(), "s");
        return direction == Direction.MORE ? a / b : b / a;
    }

    /** Converts a time per operation, or a rate, to another time unit ({@code s}, {@code ms}, {@code us}). */
    static double inUnit(double value, String unit, String target) {
        String base = unit.replace(" p50", "");
        if (base.startsWith("ops/")) {
            return value / seconds(base.substring(4)) * seconds(target);   // operations per target unit
        }
        return value * seconds(base.replace("/op", "")) / seconds(target);
    }

    private static double seconds(String unit) {
        return switch (unit) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    private static String shortName(String benchmark) {
        return benchmark.substring(benchmark.indexOf('.') + 1);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** What the machine is, from the JVM and from Linux's /proc. */
    static final class Machine {
        private Machine() {
        }

        static String describe() {
            String cpu = proc("/proc/cpuinfo", "model name");
            String memory = proc("/proc/meminfo", "MemTotal");
            String load = "";
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
                load = String.join(" ", java.util.Arrays.asList(fields).subList(0, Math.min(3, fields.length)));
            } catch (IOException e) {
                load = "unknown";
            }
            return "- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + (cpu == null ? "CPU unknown" : cpu) + ", " + (memory == null ? "memory unknown" : memory + " RAM")
                    + "; load average when the report was written: " + load
                    + " (1, 5 and 15 minutes)\n"
                    + "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                    + " (" + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "\n";
        }

        private static String proc(String file, String key) {
            try {
                for (String line : Files.readAllLines(Path.of(file))) {
                    if (line.startsWith(key)) {
                        return line.substring(line.indexOf(':') + 1).strip();
                    }
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }
    }
}
