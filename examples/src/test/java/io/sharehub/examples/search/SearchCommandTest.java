package io.sharehub.examples.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharehub.access.ViewerKind;
import io.sharehub.catalog.Tokenizer;
import io.sharehub.examples.Main;
import io.sharehub.examples.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} on a CSV catalog, the JD product titles among them. */
class SearchCommandTest {
    static final Path JD = SharedData.DIR.resolve("jd-product-titles/prediction_errors.csv");

    @TempDir
    Path dir;

    record Run(int status, JsonNode json, String err) {
    }

    static Run search(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(status, text.isBlank() ? null : new ObjectMapper().readTree(text),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("on the JD titles, search returns exactly the titles that match under DESIGN's rules")
    void jdTitles() throws IOException {
        for (String query : List.of("海参", "冷冻 鸡", "iPhone", "500g", "三文鱼 进口")) {
            Run run = search("--catalog", JD.toString(), "--query", query, "--title-column", "text",
                    "--category-column", "true_label", "--limit", "1000");
            assertThat(run.status()).isZero();
            Set<String> expected = bruteForce(query);
            Set<String> ids = new HashSet<>();
            run.json().get("results").forEach(r -> ids.add(r.get("id").asText()));
            assertThat(ids).as(query).isEqualTo(expected);
            assertThat(run.json().get("total").asLong()).isEqualTo(expected.size());
            assertThat(run.json().get("query").asText()).isEqualTo(query);
            List<Integer> scores = new ArrayList<>();
            run.json().get("results").forEach(r -> scores.add(r.get("score").asInt()));
            assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        }
        Run limited = search("--catalog", JD.toString(), "--query", "海参", "--title-column", "text", "--limit", "3");
        assertThat(limited.json().get("results").size()).isEqualTo(3);
    }

    /** The rows whose title holds every token of every term, by the tokenizer alone. */
    static Set<String> bruteForce(String query) throws IOException {
        List<Set<String>> terms = Tokenizer.queryTerms(query);
        Set<String> ids = new HashSet<>();
        List<String> lines = Files.readAllLines(JD, StandardCharsets.UTF_8);
        for (int row = 1; row < lines.size(); row++) {
            String title = lines.get(row).split(",")[0];
            Set<String> tokens = Tokenizer.indexTokens(title);
            if (terms.stream().allMatch(tokens::containsAll)) {
                ids.add(String.valueOf(row));
            }
        }
        return ids;
    }

    @Test
    @DisplayName("--as hides what that viewer may not list; blank titles are skipped with a warning and keep row numbers")
    void viewersAndBadRows() throws IOException {
        Path csv = dir.resolve("catalog.csv");
        Files.writeString(csv, """
                title,category,tags,summary,visibility,groups
                陶瓷刹车片产品手册,制动系统,新品;陶瓷,前轮,PUBLIC,
                ,制动系统,,,PUBLIC,
                刹车片经销商价格表,制动系统,,,INTERNAL,dealer:east
                刹车片会员手册,制动系统,,,MEMBERS,
                刹车片销售话术,员工,,,INTERNAL,sales
                """);
        Run anonymous = search("--catalog", csv.toString(), "--query", "刹车片");
        assertThat(anonymous.err()).contains("row 2 skipped").contains("title");
        assertThat(ids(anonymous)).containsExactlyInAnyOrder("1", "4");
        assertThat(ids(search("--catalog", csv.toString(), "--query", "刹车片", "--as", "employee:dealer:east")))
                .containsExactlyInAnyOrder("1", "3", "4");
        assertThat(ids(search("--catalog", csv.toString(), "--query", "刹车片", "--as", "employee:sales,dealer:east")))
                .containsExactlyInAnyOrder("1", "3", "4", "5");
        assertThat(ids(search("--catalog", csv.toString(), "--query", "刹车片", "--as", "admin")))
                .containsExactlyInAnyOrder("1", "3", "4", "5");
        JsonNode first = search("--catalog", csv.toString(), "--query", "刹车片").json().get("results").get(0);
        assertThat(first.get("category").asText()).isEqualTo("制动系统");
        assertThat(first.get("score").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("--as parses the kind up to the first colon and groups with colons")
    void asOption() {
        assertThat(SearchCommand.viewer("employee:dealer:east").groups()).containsExactly("dealer:east");
        assertThat(SearchCommand.viewer("member").kind()).isEqualTo(ViewerKind.MEMBER);
        assertThat(search2("--query")).isEqualTo(2);
    }

    static int search2(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    static List<String> ids(Run run) {
        List<String> ids = new ArrayList<>();
        run.json().get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
