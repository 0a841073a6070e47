package io.sharehub.examples.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads real share cascades: a Twitter15/16 folder (with {@code tree/}) or a Weibo/CasFlow
 * {@code dataset.txt}, into events in replay order: by instant, then campaign order, then line.
 */
public final class Cascades {
    private static final Pattern TWITTER_LINE = Pattern.compile(
            "\\['([^']*)',\\s*'[^']*',\\s*'[^']*'\\]\\s*->\\s*\\['([^']*)',\\s*'[^']*',\\s*'([^']*)'\\]");
    private static final BigDecimal MILLIS_PER_MINUTE = BigDecimal.valueOf(60_000);

    /** The cascades of one data set, ready to replay. */
    public record Data(List<String> campaigns, List<CascadeEvent> events) {
    }

    private Cascades() {
    }

    /**
     * @param path a Twitter folder (holding {@code tree/}), a {@code tree/} folder itself, a Weibo
     *     {@code dataset.txt}, or a Weibo folder holding {@code dataset.txt} and no {@code tree/}
     * @param start the instant a Twitter cascade's delay 0 stands for
     * @return the campaigns in order and every event in replay order
     */
    public static Data read(Path path, Instant start) {
        if (Files.isDirectory(path)) {
            if (!Files.isDirectory(path.resolve("tree")) && Files.isRegularFile(path.resolve("dataset.txt"))) {
                return weibo(path.resolve("dataset.txt"));
            }
            Path tree = Files.isDirectory(path.resolve("tree")) ? path.resolve("tree") : path;
            return twitter(tree, start);
        }
        return weibo(path);
    }

    static Data twitter(Path tree, Instant start) {
        List<Path> files;
        try (Stream<Path> list = Files.list(tree)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> campaigns = new ArrayList<>();
        List<CascadeEvent> events = new ArrayList<>();
        for (int c = 0; c < files.size(); c++) {
            String name = files.get(c).getFileName().toString();
            String campaign = name.substring(0, name.length() - ".txt".length());
            campaigns.add(campaign);
            try (BufferedReader reader = Files.newBufferedReader(files.get(c), StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    number++;
                    Matcher m = TWITTER_LINE.matcher(line);
                    if (!m.find()) {
                        throw new IllegalArgumentException(files.get(c) + ":" + number + ": not a tree line: " + line);
                    }
                    String parent = m.group(1);
                    long millis = new BigDecimal(m.group(3)).multiply(MILLIS_PER_MINUTE)
                            .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                    events.add(new CascadeEvent(start.plusMillis(millis), c, number, campaign,
                            "ROOT".equals(parent) ? null : parent, m.group(2)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Data(campaigns, sorted(events));
    }

    static Data weibo(Path file) {
        List<String> campaigns = new ArrayList<>();
        List<CascadeEvent> events = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 5) {
                    throw new IllegalArgumentException(file + ": a cascade line needs 5 tab-separated fields: " + line);
                }
                int order = campaigns.size();
                String campaign = fields[0];
                campaigns.add(campaign);
                Instant published = Instant.ofEpochSecond(Long.parseLong(fields[2].trim()));
                String[] entries = fields[4].trim().split(" ");
                for (int e = 0; e < entries.length; e++) {
                    String entry = entries[e];
                    int colon = entry.lastIndexOf(':');
                    String[] path = entry.substring(0, colon).split("/");
                    long seconds = Long.parseLong(entry.substring(colon + 1));
                    String actor = path[path.length - 1];
                    String parent = path.length == 1 ? null : path[path.length - 2];
                    events.add(new CascadeEvent(published.plusSeconds(seconds), order, e + 1, campaign, parent, actor));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Data(campaigns, sorted(events));
    }

    private static List<CascadeEvent> sorted(List<CascadeEvent> events) {
        events.sort(Comparator.comparing(CascadeEvent::at).thenComparingInt(CascadeEvent::campaignOrder)
                .thenComparingInt(CascadeEvent::line));
        return events;
    }
}
