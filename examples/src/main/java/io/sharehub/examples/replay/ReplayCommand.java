package io.sharehub.examples.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.examples.cli.Options;
import io.sharehub.export.ReportWriter;
import io.sharehub.fission.GraphLimits;
import io.sharehub.fission.TokenKeys;
import io.sharehub.poi.XlsxReportWriter;
import io.sharehub.report.ReportRequest;
import io.sharehub.store.Stores;
import io.sharehub.zxing.ZxingPosterRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code replay --cascades PATH [--start INSTANT] [--out DIR] [--store memory|h2|JDBC-URL]}: replays
 * real share cascades through ShareHub and writes the results a person can check.
 */
public final class ReplayCommand {
    /** Where a Twitter cascade's delay 0 lies unless {@code --start} says otherwise. */
    public static final Instant DEFAULT_START = OffsetDateTime.parse("2026-01-05T00:00:00+08:00").toInstant();
    /** The zone every replay runs in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The base of the share URLs on the poster. */
    public static final String SHARE_URL = "https://sharehub.example/s/";
    public static final String USAGE = "usage: replay --cascades PATH [--start INSTANT] [--out DIR] [--store memory|h2|JDBC-URL]";
    private static final byte[] REPLAY_KEY = "sharehub-replay-signing-key-0123456789".getBytes(StandardCharsets.UTF_8);

    private final Function<String, Stores> storeFactory;

    /**
     * @param storeFactory opens the store set a {@code --store} value names
     */
    public ReplayCommand(Function<String, Stores> storeFactory) {
        this.storeFactory = storeFactory;
    }

    /**
     * @param args the arguments after {@code replay}
     * @param err where progress and errors go
     * @return the exit status
     */
    public int run(List<String> args, PrintStream err) {
        Options options = Options.parse(args, Set.of("cascades", "start", "out", "store"));
        Path cascades = Path.of(options.required("cascades"));
        if (!Files.exists(cascades)) {
            throw new Options.UsageException("--cascades " + cascades + " does not exist");
        }
        Instant start = options.get("start").map(ReplayCommand::instant).orElse(DEFAULT_START);
        Path out = Path.of(options.get("out").orElse("replay-out"));
        String store = options.get("store").orElse("memory");

        long began = System.nanoTime();
        Cascades.Data data = Cascades.read(cascades, start);
        err.printf("read %,d campaigns and %,d events from %s%n", data.campaigns().size(), data.events().size(),
                cascades);
        FollowingClock clock = new FollowingClock(start);
        Stores stores = storeFactory.apply(store);
        ShareHub hub = ShareHub.builder().stores(stores).clock(clock).zone(ZONE)
                .tokenKeys(TokenKeys.single(1, REPLAY_KEY)).posterRenderer(ZxingPosterRenderer.create())
                .shareUrl(token -> SHARE_URL + token).build();
        if (!hub.fission().campaigns().isEmpty()) {
            throw new Options.UsageException("--store " + store + " already holds ShareHub campaigns: replay into an"
                    + " empty database or schema");
        }
        Replay replay = new Replay(hub, clock, stores.transactions());
        int total = data.events().size();
        replay.run(data, done -> err.printf("replayed %,d of %,d events%n", done, total));
        ReplaySummary summary = replay.summary(data, start);
        write(out, hub, replay, data, summary);
        err.printf("wrote %s in %.1f s%n", out.toAbsolutePath(), (System.nanoTime() - began) / 1e9);
        return 0;
    }

    /** Writes summary.json, the overall leaderboard, the first campaign's graph and its top poster. */
    static void write(Path out, ShareHub hub, Replay replay, Cascades.Data data, ReplaySummary summary) {
        try {
            Files.createDirectories(out);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(out.resolve("summary.json").toFile(), summary);
            ReportWriter xlsx = XlsxReportWriter.builder().build();
            try (OutputStream file = Files.newOutputStream(out.resolve("overall-leaderboard.xlsx"))) {
                xlsx.write(hub.reports().leaderboard(ReportRequest.of(Viewer.admin("replay")), replay.overall(data)),
                        file);
            }
            if (summary.firstCampaign() != null) {
                String graph = hub.fission().graph(summary.firstCampaign()).export(GraphLimits.of(1_000, 100_000))
                        .toEChartsGraphJson();
                Files.writeString(out.resolve("first-campaign-graph.json"), graph, StandardCharsets.UTF_8);
                TopPoster.write(out.resolve("first-campaign-top-poster.png"), hub, summary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replay's results to " + out, e);
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new Options.UsageException("--start must be an ISO-8601 instant such as 2026-01-05T00:00:00+08:00,"
                        + " but was '" + text + "'");
            }
        }
    }
}
