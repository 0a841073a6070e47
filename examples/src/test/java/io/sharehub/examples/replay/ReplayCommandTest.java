package io.sharehub.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharehub.examples.Main;
import io.sharehub.examples.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay of share cascades: the worked example, and invariants on the real data sets. */
class ReplayCommandTest {
    static final Path SHARED = SharedData.DIR;

    @TempDir
    Path dir;

    static JsonNode replay(Path cascades, Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("replay", "--cascades", cascades.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("replayed");
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    static String top(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("account").asText() + ": " + r.get("points").asLong() + ", "
                + r.get("invited").asLong() + ", " + r.get("rank").asLong()));
        return String.join(" · ", out);
    }

    @Test
    @DisplayName("the worked example of the two Twitter-format files gives exactly the documented summary")
    void workedExample() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("cascades/tree"));
        Files.writeString(tree.resolve("100.txt"), """
                ['ROOT', 'ROOT', '0.0']->['11', '100', '0.0']
                ['11', '100', '0.0']->['12', '100', '2.5']
                ['12', '100', '2.5']->['13', '100', '3.0']
                ['12', '100', '2.5']->['13', '100', '3.0']
                ['13', '100', '3.0']->['14', '100', '4.0']
                ['14', '100', '4.0']->['15', '100', '6.0']
                ['13', '100', '3.0']->['13', '100', '7.0']
                ['15', '100', '6.0']->['11', '100', '8.0']
                ['20', '100', '9.0']->['21', '100', '-1.5']
                """);
        Files.writeString(tree.resolve("200.txt"), """
                ['ROOT', 'ROOT', '0.0']->['14', '200', '0.0']
                ['14', '200', '0.0']->['11', '200', '1440.0']
                ['11', '200', '1440.0']->['16', '200', '1441.0']
                """);
        JsonNode s = replay(dir.resolve("cascades"), dir.resolve("out"));
        assertThat(s.get("campaigns").asLong()).isEqualTo(2);
        assertThat(s.get("shares").asLong()).isEqualTo(13);
        assertThat(s.get("visits").asLong()).isEqualTo(10);
        assertThat(s.get("referrals").asLong()).isEqualTo(7);
        assertThat(s.get("selfVisits").asLong()).isEqualTo(1);
        assertThat(s.get("participants").asLong()).isEqualTo(10);
        assertThat(s.get("maxDepth").asLong()).isEqualTo(4);
        assertThat(s.get("owners").asLong()).isEqualTo(7);
        assertThat(s.get("pointsAwarded").asLong()).isEqualTo(84);
        assertThat(new ObjectMapper().convertValue(s.get("payouts"), Map.class))
                .isEqualTo(Map.of("1", 7, "2", 4, "3", 2));
        assertThat(s.get("firstCampaign").asText()).isEqualTo("100");
        assertThat(top(s.get("overallTop"))).isEqualTo("11: 24, 2, 1 · 14: 23, 2, 2 · 12: 14, 1, 3 · 13: 13, 1, 4 · 20: 10, 1, 5");
        assertThat(top(s.get("firstDayTop"))).isEqualTo("11: 14, 1, 1 · 12: 14, 1, 1 · 13: 13, 1, 3 · 14: 10, 1, 4");
        assertThat(top(s.get("firstCampaignTop")))
                .isEqualTo("11: 14, 1, 1 · 12: 14, 1, 1 · 13: 13, 1, 3 · 20: 10, 1, 4 · 14: 10, 1, 4");
        assertThat(Files.readString(dir.resolve("out/first-campaign-graph.json")))
                .contains("{\"source\":\"14\",\"target\":\"15\"}");
    }

    @Test
    @DisplayName("the Weibo sample: totals agree, no fourth level is paid though reposts reach it, boards are ranked right")
    void weibo() throws IOException, NotFoundException {
        Path out = dir.resolve("weibo");
        JsonNode s = replay(SHARED.resolve("weibo-cascades-sample"), out);
        assertThat(s.get("campaigns").asLong()).isEqualTo(30);
        assertThat(s.get("visits").asLong()).isEqualTo(7_117);
        assertThat(s.get("shares").asLong()).isGreaterThanOrEqualTo(7_147);
        checkInvariants(s, out);
    }

    @Test
    @DisplayName("the first 100 Twitter16 cascades: totals agree and boards are ranked right")
    void twitterSubset() throws IOException, NotFoundException {
        Path tree = Files.createDirectories(dir.resolve("tw/tree"));
        try (Stream<Path> files = Files.list(SHARED.resolve("twitter16-cascades/tree"))) {
            for (Path file : files.sorted().limit(100).toList()) {
                Files.copy(file, tree.resolve(file.getFileName()));
            }
        }
        Path out = dir.resolve("tw-out");
        JsonNode s = replay(dir.resolve("tw"), out);
        assertThat(s.get("campaigns").asLong()).isEqualTo(100);
        checkInvariants(s, out);
    }

    @Test
    @DisplayName("replay --help prints the replay's usage and exits 0")
    void help() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(List.of("replay", "--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: replay --cascades PATH");
    }

    static void checkInvariants(JsonNode s, Path out) throws IOException, NotFoundException {
        JsonNode payouts = s.get("payouts");
        assertThat(payouts.size()).as("levels paid").isEqualTo(3);
        long l1 = payouts.get("1").asLong();
        long l2 = payouts.get("2").asLong();
        long l3 = payouts.get("3").asLong();
        assertThat(l1).isEqualTo(s.get("referrals").asLong());
        assertThat(l2).isLessThanOrEqualTo(l1);
        assertThat(l3).isLessThanOrEqualTo(l2);
        assertThat(s.get("pointsAwarded").asLong()).isEqualTo(10 * l1 + 3 * l2 + l3);
        assertThat(s.get("referrals").asLong() + s.get("selfVisits").asLong()).isLessThanOrEqualTo(
                s.get("visits").asLong());
        assertThat(s.get("participants").asLong()).isGreaterThanOrEqualTo(s.get("referrals").asLong());
        assertThat(s.get("owners").asLong()).isLessThanOrEqualTo(s.get("referrals").asLong());
        for (String board : List.of("overallTop", "firstDayTop", "firstCampaignTop")) {
            checkRanked(s.get(board));
        }
        assertThat(s.get("overallTop").size()).isEqualTo(Math.min(20, s.get("overallTop").size()));

        try (InputStream in = Files.newInputStream(out.resolve("overall-leaderboard.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
            JsonNode top = s.get("overallTop");
            for (int i = 0; i < top.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(top.get(i).get("rank").asLong());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(top.get(i).get("account").asText());
                assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(top.get(i).get("points").asLong());
                assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(top.get(i).get("invited").asLong());
            }
        }
        assertThat(new ObjectMapper().readTree(out.resolve("first-campaign-graph.json").toFile()).get("nodes").size())
                .isPositive();

        BufferedImage poster = ImageIO.read(out.resolve("first-campaign-top-poster.png").toFile());
        Result decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(poster))), Map.of(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE)));
        assertThat(decoded.getText()).startsWith(ReplayCommand.SHARE_URL)
                .hasSize(ReplayCommand.SHARE_URL.length() + 32);
    }

    static void checkRanked(JsonNode rows) {
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (i == 0) {
                assertThat(row.get("rank").asLong()).isEqualTo(1);
                continue;
            }
            JsonNode before = rows.get(i - 1);
            assertThat(before.get("points").asLong()).isGreaterThanOrEqualTo(row.get("points").asLong());
            long expected = before.get("points").asLong() == row.get("points").asLong()
                    ? before.get("rank").asLong() : i + 1;
            assertThat(row.get("rank").asLong()).as("rank of row %d", i + 1).isEqualTo(expected);
        }
    }
}
