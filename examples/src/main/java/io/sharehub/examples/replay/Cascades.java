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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
        for (Path file : files) {
            String name = file.getFileName().toString();
            campaigns.add(name.substring(0, name.length() - ".txt".length()));
        }
        // Files are read in parallel (the replay order comes from the sort, not from reading).
        Map<String, String> ids = new ConcurrentHashMap<>();
        List<List<CascadeEvent>> perFile = IntStream.range(0, files.size()).parallel()
                .mapToObj(c -> twitterFile(files.get(c), c, campaigns.get(c), start, ids)).toList();
        List<CascadeEvent> events = new ArrayList<>();
        perFile.forEach(events::addAll);
        return new Data(campaigns, sorted(events));
    }

    private static List<CascadeEvent> twitterFile(Path file, int order, String campaign, Instant start,
            Map<String, String> ids) {
        List<CascadeEvent> events = new ArrayList<>();
        TwitterLine parsed = new TwitterLine();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                number++;
                if (!parsed.parse(line)) {
                    throw new IllegalArgumentException(file + ":" + number + ": not a tree line: " + line);
                }
                String parent = "ROOT".equals(parsed.parent) ? null : intern(ids, parsed.parent);
                events.add(new CascadeEvent(start.plusMillis(parsed.millis), order, number, campaign, parent,
                        intern(ids, parsed.child)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    /**
     * One person is one {@code String} however many lines name them: the hub's maps then hold one
     * copy, and comparing a key with itself stops at the reference.
     */
    private static String intern(Map<String, String> ids, String id) {
        String known = ids.putIfAbsent(id, id);
        return known == null ? id : known;
    }

    /**
     * Reads a tree line {@code ['p', _, _]->['c', _, 'd']}: by hand for the usual spelling, by
     * {@link #TWITTER_LINE} for any other, with the delay {@code d} minutes as whole milliseconds
     * (half-even), exactly as {@link BigDecimal} rounds it.
     */
    static final class TwitterLine {
        String parent;
        String child;
        long millis;
        private String line;
        private int at;

        boolean parse(String text) {
            line = text;
            at = 0;
            if (quick()) {
                return true;
            }
            Matcher m = TWITTER_LINE.matcher(text);
            if (!m.find()) {
                return false;
            }
            parent = m.group(1);
            child = m.group(2);
            millis = millis(m.group(3));
            return true;
        }

        /** The usual spelling, with the regex's spacing rules; {@code false} for anything else. */
        private boolean quick() {
            if (!text("[")) {
                return false;
            }
            String p = quoted();
            if (p == null || !comma() || skipQuoted() || !comma() || skipQuoted() || !text("]")) {
                return false;
            }
            spaces();
            if (!text("->")) {
                return false;
            }
            spaces();
            if (!text("[")) {
                return false;
            }
            String c = quoted();
            if (c == null || !comma() || skipQuoted() || !comma()) {
                return false;
            }
            String delay = quoted();
            if (delay == null || !text("]")) {
                return false;
            }
            parent = p;
            child = c;
            millis = millis(delay);
            return true;
        }

        private boolean text(String expected) {
            if (line.startsWith(expected, at)) {
                at += expected.length();
                return true;
            }
            return false;
        }

        private boolean comma() {
            if (!text(",")) {
                return false;
            }
            spaces();
            return true;
        }

        private void spaces() {
            // The regex's \s: space, tab, line feed, vertical tab, form feed, carriage return.
            while (at < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(at)) >= 0) {
                at++;
            }
        }

        /** @return the text between single quotes here, or {@code null} */
        private String quoted() {
            if (at >= line.length() || line.charAt(at) != '\'') {
                return null;
            }
            int end = line.indexOf('\'', at + 1);
            if (end < 0) {
                return null;
            }
            String value = line.substring(at + 1, end);
            at = end + 1;
            return value;
        }

        /** @return {@code true} when there is no quoted text here to skip */
        private boolean skipQuoted() {
            if (at >= line.length() || line.charAt(at) != '\'') {
                return true;
            }
            int end = line.indexOf('\'', at + 1);
            if (end < 0) {
                return true;
            }
            at = end + 1;
            return false;
        }
    }

    /** @return {@code minutes} (a decimal) in whole milliseconds, rounded half-even */
    static long millis(String minutes) {
        long digits = 0;
        int scale = 0;
        int count = 0;
        boolean negative = false;
        boolean point = false;
        for (int i = 0; i < minutes.length(); i++) {
            char ch = minutes.charAt(i);
            if (i == 0 && (ch == '-' || ch == '+')) {
                negative = ch == '-';
            } else if (ch == '.' && !point) {
                point = true;
            } else if (ch >= '0' && ch <= '9' && count < 13) {
                digits = digits * 10 + (ch - '0');
                count++;
                scale += point ? 1 : 0;
            } else {
                // An exponent, a long fraction or anything unusual: the exact arithmetic decides.
                return new BigDecimal(minutes).multiply(MILLIS_PER_MINUTE).setScale(0, RoundingMode.HALF_EVEN)
                        .longValueExact();
            }
        }
        if (count == 0) {
            return new BigDecimal(minutes).longValueExact();
        }
        long unit = POWERS[scale];
        long scaled = digits * 60_000;
        long whole = scaled / unit;
        long rest = scaled % unit;
        if (rest * 2 > unit || rest * 2 == unit && (whole & 1) == 1) {
            whole++;
        }
        return negative ? -whole : whole;
    }

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L};

    static Data weibo(Path file) {
        Map<String, String> ids = new HashMap<>();
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
                    String actor = intern(ids, path[path.length - 1]);
                    String parent = path.length == 1 ? null : intern(ids, path[path.length - 2]);
                    events.add(new CascadeEvent(published.plusSeconds(seconds), order, e + 1, campaign, parent, actor));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Data(campaigns, sorted(events));
    }

    private static List<CascadeEvent> sorted(List<CascadeEvent> events) {
        CascadeEvent[] array = events.toArray(new CascadeEvent[0]);
        Arrays.parallelSort(array, Cascades::compare);
        return new ArrayList<>(Arrays.asList(array));
    }

    /** Replay order: instant, then campaign order, then line. */
    static int compare(CascadeEvent a, CascadeEvent b) {
        int c = a.at().compareTo(b.at());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.campaignOrder(), b.campaignOrder());
        return c != 0 ? c : Integer.compare(a.line(), b.line());
    }
}
