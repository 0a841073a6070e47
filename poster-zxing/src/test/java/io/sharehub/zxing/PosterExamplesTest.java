package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.poster.PosterRenderer;
import io.sharehub.poster.PosterSpec;
import io.sharehub.poster.QrErrorCorrection;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The code of {@code docs/posters.md}, and the sample poster shown there. The sample at
 * {@code docs/images/sample-poster.png} is rendered by the example below; this test fails when
 * the committed image no longer matches what the example draws (regenerate it with
 * {@code -Dsharehub.docs.write=true}), and when the page's snippet drifts from the tagged region.
 */
class PosterExamplesTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Path SAMPLE = DOCS.resolve("images").resolve("sample-poster.png");
    private static final Path SOURCE = Path.of("src", "test", "java", "io", "sharehub", "zxing", "PosterExamplesTest.java");

    static byte[] renderPoster(String shareUrl, byte[] avatarJpeg, byte[] logoPng, byte[] backgroundJpeg) {
        // tag::render-poster[]
        PosterRenderer renderer = ZxingPosterRenderer.create(); // one for the application: it is thread-safe

        PosterSpec spec = PosterSpec.builder()
                .shareUrl(shareUrl)                     // the sharer's link; Chinese in it is percent-encoded
                .title("2024年双十一全场五折起，限时抢购爆款商品清单，错过再等一年！")
                .subtitle("活动时间：11月1日至11月11日，iPhone15 与 BP-2043 同享优惠")
                .sharerName("小红🌸")                    // the shipped font has no emoji: 🌸 is left out
                .sharerAvatar(avatarJpeg)               // PNG or JPEG bytes, cut to a circle
                .backgroundImage(backgroundJpeg)        // scaled to cover the 750 × 1334 poster
                .logo(logoPng)                          // on a light pad in the QR centre; makes error correction H
                .qrCaption("长按识别二维码")
                .build();

        byte[] png = renderer.renderPng(spec);          // or renderer.writePng(spec, out): all or nothing
        // end::render-poster[]
        return png;
    }

    @Test
    @DisplayName("the docs' example draws a poster that scans back to its share link")
    void example() {
        byte[] png = renderPoster(Samples.SHARE_URL, Samples.avatar(), Samples.logo(), Samples.background());

        BufferedImage image = Scans.read(png);
        assertThat(image.getWidth()).isEqualTo(750);
        assertThat(image.getHeight()).isEqualTo(1334);
        assertThat(Scans.text(png)).isEqualTo(Samples.SHARE_URL);
    }

    @Test
    @DisplayName("docs/images/sample-poster.png is what the example draws today, and it scans")
    void sampleImageIsCurrent() throws IOException {
        byte[] png = renderPoster(Samples.SHARE_URL, Samples.avatar(), Samples.logo(), Samples.background());
        if (Boolean.getBoolean("sharehub.docs.write") || !Files.exists(SAMPLE)) {
            Files.createDirectories(SAMPLE.getParent());
            Files.write(SAMPLE, png);
        }

        byte[] committed = Files.readAllBytes(SAMPLE);

        assertThat(Scans.text(committed)).isEqualTo(Samples.SHARE_URL);
        assertThat(meanDifference(Scans.read(committed), Scans.read(png)))
                .as("mean channel difference from a fresh render; regenerate with -Dsharehub.docs.write=true")
                .isLessThan(1.5);
    }

    @Test
    @DisplayName("the snippet in docs/posters.md is the tagged region of this file, verbatim after dedent")
    void snippetMatches() throws IOException {
        String marker = "<!-- snippet: poster-zxing/" + SOURCE.toString().replace('\\', '/') + "#render-poster -->";
        List<String> page = Files.readAllLines(DOCS.resolve("posters.md"), StandardCharsets.UTF_8);
        int at = page.indexOf(marker);
        assertThat(at).as("marker %s in docs/posters.md", marker).isNotNegative();
        assertThat(page.get(at + 1)).isEqualTo("```java");
        int end = page.subList(at + 2, page.size()).indexOf("```") + at + 2;

        assertThat(page.subList(at + 2, end)).containsExactlyElementsOf(region("render-poster"));
    }

    @Test
    @DisplayName("the capacity table in docs/posters.md is what the renderer enforces on the default poster (4 px modules)")
    void capacityTable() throws IOException {
        List<String> rows = Files.readAllLines(DOCS.resolve("posters.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.matches("\\| \\d+ px \\|.*")).toList();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
        for (String row : rows) {
            String[] cells = row.replace(" px", "").split("\\s*\\|\\s*");
            int box = Integer.parseInt(cells[1]);
            QrErrorCorrection[] levels = QrErrorCorrection.values();
            for (int i = 0; i < levels.length; i++) {
                assertThat(Integer.parseInt(cells[2 + i])).as("%d px, %s", box, levels[i])
                        .isEqualTo(QrSymbol.byteCapacity(box, 4, levels[i], false));
            }
            assertThat(Integer.parseInt(cells[6])).as("%d px, M, free text", box)
                    .isEqualTo(QrSymbol.byteCapacity(box, 4, QrErrorCorrection.M, true));
        }
    }

    private static List<String> region(String tag) throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (lines.get(i).strip().equals("// end::" + tag + "[]")) {
                end = i;
            }
        }
        List<String> body = lines.subList(start, end);
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        List<String> dedented = new ArrayList<>();
        for (String line : body) {
            dedented.add(line.isBlank() ? "" : line.substring(indent));
        }
        return dedented;
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
