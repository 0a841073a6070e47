package io.sharehub.examples.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.ShareHubException;
import io.sharehub.access.Viewer;
import io.sharehub.access.ViewerKind;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.examples.cli.Options;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code search --catalog FILE.csv --query Q [--title-column C] [--category-column C]
 * [--as anonymous|member|employee[:group,…]|admin] [--limit N]}: imports a CSV catalog into an
 * in-memory hub and prints the search results as JSON.
 */
public final class SearchCommand {
    public static final String USAGE = "usage: search --catalog FILE.csv --query Q [--title-column C] [--category-column C]"
            + " [--as anonymous|member|employee[:group,…]|admin] [--limit N]";
    private static final Instant PUBLISHED = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * @param args the arguments after {@code search}
     * @param out where the JSON goes
     * @param err where warnings go
     * @return the exit status
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("catalog", "query", "title-column", "category-column", "as",
                "limit"));
        Path catalog = Path.of(options.required("catalog"));
        String query = options.required("query");
        Viewer viewer = viewer(options.get("as").orElse("anonymous"));
        int limit = options.positive("limit", 20);

        ShareHub hub = ShareHub.builder().clock(Clock.fixed(PUBLISHED.plusSeconds(60), ZoneOffset.UTC)).build();
        Map<String, String> categoryOf = load(hub, catalog, options.get("title-column").orElse("title"),
                options.get("category-column").orElse("category"), err);
        Page<SearchHit> page = hub.catalog().search(viewer, SearchRequest.of(query).page(0, Math.min(limit, 1000)));

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("query", query);
        root.put("total", page.total());
        ArrayNode results = root.putArray("results");
        for (SearchHit hit : page.items()) {
            Material m = hit.material();
            results.addObject().put("id", m.id()).put("title", m.title()).put("category", categoryOf.get(m.id()))
                    .put("score", hit.score());
        }
        try {
            out.println(json.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /**
     * Parses {@code --as}: the kind ends at the first colon; the groups after it are separated by
     * commas and may contain colons ({@code employee:dealer:east}).
     */
    static Viewer viewer(String as) {
        int colon = as.indexOf(':');
        String kind = (colon < 0 ? as : as.substring(0, colon)).trim().toUpperCase(Locale.ROOT);
        ViewerKind viewerKind;
        try {
            viewerKind = ViewerKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException("--as must be anonymous, member, employee[:group,…] or admin, but was '"
                    + as + "'");
        }
        Set<String> groups = new HashSet<>();
        if (colon >= 0) {
            for (String group : as.substring(colon + 1).split(",")) {
                if (!group.isBlank()) {
                    groups.add(group.trim());
                }
            }
        }
        return new Viewer("cli-" + kind.toLowerCase(Locale.ROOT), viewerKind, groups, null);
    }

    /** Imports the catalog; returns each material's category name. */
    static Map<String, String> load(ShareHub hub, Path file, String titleColumn, String categoryColumn,
            PrintStream err) {
        Map<String, String> categoryOf = new HashMap<>();
        Set<String> categories = new HashSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(reader);
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey(titleColumn)) {
                throw new Options.UsageException("the catalog has no column '" + titleColumn + "' (columns: "
                        + String.join(", ", parser.getHeaderNames()) + "); name it with --title-column");
            }
            long row = 0;
            for (CSVRecord record : parser) {
                row++;
                String id = value(record, header, "id");
                if (id == null || id.isBlank()) {
                    id = String.valueOf(row);
                }
                try {
                    String category = value(record, header, categoryColumn);
                    category = category == null || category.isBlank() ? "未分类" : category.strip();
                    if (categories.add(category)) {
                        hub.catalog().createCategory(CategorySpec.of(category, category));
                    }
                    MaterialSpec spec = MaterialSpec.of(id, value(record, header, titleColumn), category)
                            .withSummary(value(record, header, "summary"))
                            .withTags(split(value(record, header, "tags")))
                            .withVisibility(visibility(value(record, header, "visibility"),
                                    value(record, header, "groups")));
                    hub.catalog().createMaterial(spec);
                    hub.catalog().publish(id, PUBLISHED);
                    categoryOf.put(id, category);
                } catch (ShareHubException | IllegalArgumentException e) {
                    err.println("warning: row " + row + " skipped: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog " + file, e);
        }
        return categoryOf;
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static String[] split(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static Visibility visibility(String level, String groups) {
        if (level == null || level.isBlank()) {
            return Visibility.PUBLIC;
        }
        return switch (level.strip().toUpperCase(Locale.ROOT)) {
            case "PUBLIC" -> Visibility.PUBLIC;
            case "MEMBERS" -> Visibility.MEMBERS;
            case "INTERNAL" -> Visibility.internal(List.of(split(groups)), List.of());
            default -> throw new IllegalArgumentException("visibility must be PUBLIC, MEMBERS or INTERNAL, but was '"
                    + level + "'");
        };
    }
}
