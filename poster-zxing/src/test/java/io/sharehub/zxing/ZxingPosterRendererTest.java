package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import io.sharehub.InvalidInputException;
import io.sharehub.poster.PosterException;
import io.sharehub.poster.PosterSpec;
import io.sharehub.poster.QrContent;
import io.sharehub.poster.QrErrorCorrection;
import io.sharehub.poster.QrPayloadTooLargeException;
import io.sharehub.zxing.PosterLayout.Box;
import io.sharehub.zxing.PosterLayout.TextRun;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ZxingPosterRendererTest {
    static final String CHINESE_PATH_URL = "https://m.example.com/活动/双十一?from=海报";
    static final String CHINESE_TEXT = "扫码领取双十一优惠券：满300减50，限前1000名！";
    private static final ZxingPosterRenderer RENDERER = ZxingPosterRenderer.create();

    private static PosterSpec.Builder poster(QrContent content) {
        return PosterSpec.builder().qrContent(content)
                .title(TypesetterTest.ISSUE_TITLE)
                .subtitle("活动时间：11月1日至11月11日")
                .sharerName("小红🌸")
                .sharerAvatar(Samples.avatar())
                .qrCaption("长按识别二维码");
    }

    /** Renders to PNG, reads the PNG back, decodes it, and checks the quiet zone in those pixels. */
    private static Result scan(PosterSpec spec) {
        byte[] png = RENDERER.renderPng(spec);
        BufferedImage image = Scans.read(png);
        Result result = Scans.decode(image);
        assertThat(Scans.quietZoneModules(image, result)).as("quiet zone in modules").isGreaterThanOrEqualTo(4.0);
        return result;
    }

    @Nested
    @DisplayName("every poster scans from its final PNG and gives back exactly its payload")
    class Payloads {
        @Test
        @DisplayName("an ASCII URL, with no character-set hint and no ECI")
        void asciiUrl() {
            Result result = scan(poster(QrContent.url(Samples.SHARE_URL)).build());

            assertThat(result.getText()).isEqualTo(Samples.SHARE_URL);
            assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]Q1");
        }

        @Test
        @DisplayName("a share link whose lowest-penalty mask ZXing's own detector cannot find still scans")
        void maskZxingCannotFind() {
            // under ZXing's chosen mask (2) this symbol is not found by ZXing at any module size
            String url = "https://sharehub.example/s/NP8gm1ZtZ1hDUHSlWx8cx63N58Ii5f9F";

            assertThat(scan(poster(QrContent.url(url)).build()).getText()).isEqualTo(url);
        }

        @Test
        @DisplayName("a URL with a Chinese path segment comes back percent-encoded")
        void chinesePath() {
            Result result = scan(poster(QrContent.url(CHINESE_PATH_URL)).build());

            assertThat(result.getText()).isEqualTo("https://m.example.com/%E6%B4%BB%E5%8A%A8/%E5%8F%8C%E5%8D%81%E4%B8%80"
                    + "?from=%E6%B5%B7%E6%8A%A5");
            assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]Q1");
        }

        @Test
        @DisplayName("Chinese free text, as UTF-8 with the hint (an ECI segment)")
        void chineseText() {
            Result result = scan(poster(QrContent.text(CHINESE_TEXT)).build());

            assertThat(result.getText()).isEqualTo(CHINESE_TEXT);
            assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]Q2");
        }

        @Test
        @DisplayName("a logo at 25 % of the symbol's width on a light pad, with error correction H")
        void logo() {
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).logo(Samples.logo()).build();
            PosterLayout layout = RENDERER.layout(spec);
            BufferedImage image = Scans.read(RENDERER.renderPng(spec));

            Result result = scan(spec);

            assertThat(result.getText()).isEqualTo(Samples.SHARE_URL);
            assertThat(spec.qrErrorCorrection()).isEqualTo(QrErrorCorrection.H);
            assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "H");
            Box pad = layout.logoPad();
            int side = layout.qr().side();
            assertThat(pad.size()).isLessThanOrEqualTo(side / 4).isGreaterThanOrEqualTo(side / 4 - 1);
            int logoSide = pad.size() - 2 * layout.qr().moduleSize();
            int ring = image.getRGB(pad.x() + pad.size() / 2, pad.y() + pad.size() / 2 - Math.round(logoSide * 0.1875f));
            assertThat(Scans.luma(image, pad.x() + pad.size() / 2, pad.y() + pad.size() / 2 - Math.round(logoSide * 0.1875f)))
                    .as("the logo's white ring is drawn in the pad: %06X", ring & 0xFFFFFF).isGreaterThan(0xE0);
            int red = image.getRGB(pad.x() + pad.size() / 2, pad.y() + pad.size() / 2) & 0xFFFFFF;
            assertThat(red >> 16).as("the logo's red centre is drawn in the pad").isGreaterThan(0xC0);
            assertThat(red & 0xFF).isLessThan(0x80);
            for (int i = 0; i < pad.size(); i++) {
                assertThat(image.getRGB(pad.x() + i, pad.y()) & 0xFFFFFF).as("pad edge is light").isEqualTo(0xFFFFFF);
            }
        }

        @Test
        @DisplayName("a dark background: the QR box keeps its light quiet zone")
        void darkBackground() {
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).backgroundColor(0xFF101820)
                    .titleColor(0xFFFFFFFF).textColor(0xFFDDDDDD).build();

            Result result = scan(spec);

            assertThat(result.getText()).isEqualTo(Samples.SHARE_URL);
            BufferedImage image = Scans.read(RENDERER.renderPng(spec));
            assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0x101820);
            assertThat(image.getRGB(spec.qrX() + 1, spec.qrY() + 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }

        @Test
        @DisplayName("a full box with a logo still scans after Moments-style recompression: JPEG, resized to 1080 px wide")
        void survivesRecompression() throws IOException {
            int limit = QrSymbol.byteCapacity(240, 4, QrErrorCorrection.H, false);
            String fullest = "https://m.example.com/s/" + "a".repeat(limit - 24);
            for (String url : new String[] {Samples.SHARE_URL, fullest}) {
                PosterSpec spec = poster(QrContent.url(url)).logo(Samples.logo()).backgroundImage(Samples.background()).build();
                BufferedImage poster = Scans.read(RENDERER.renderPng(spec));

                for (int width : new int[] {750, 1080}) {
                    for (float quality : new float[] {0.8f, 0.4f}) {
                        BufferedImage shared = Scans.read(Scans.jpeg(Scans.resize(poster, width), quality));

                        assertThat(Scans.decode(shared).getText()).as("%d px wide at JPEG quality %s", width, quality)
                                .isEqualTo(url);
                    }
                }
            }
        }

        @Test
        @DisplayName("a background image, coloured QR modules and a smaller box still scan")
        void backgroundImageAndColours() {
            PosterSpec spec = poster(QrContent.url(CHINESE_PATH_URL)).backgroundImage(Samples.background())
                    .qrColors(0xFF1A237E, 0xFFFFF8E1).qrSize(200).qrPosition(500, 1080).build();

            assertThat(scan(spec).getText()).isEqualTo(QrContent.url(CHINESE_PATH_URL).encodedText());
        }
    }

    @Nested
    @DisplayName("the QR code is drawn for scanners")
    class QrDrawing {
        @Test
        @DisplayName("modules are whole pixels of exactly two colours, the symbol centred in its box")
        void wholePixelModules() {
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).backgroundColor(0xFF101820).build();
            PosterLayout layout = RENDERER.layout(spec);
            QrSymbol qr = layout.qr();
            BufferedImage image = Scans.read(RENDERER.renderPng(spec));

            int m = qr.moduleSize();
            assertThat(m).isGreaterThanOrEqualTo(spec.minModuleSize()).isGreaterThanOrEqualTo(4);
            assertThat(qr.left() - spec.qrX()).isBetween((spec.qrSize() - qr.side()) / 2, (spec.qrSize() - qr.side() + 1) / 2);
            assertThat(qr.top() - spec.qrY()).isBetween((spec.qrSize() - qr.side()) / 2, (spec.qrSize() - qr.side() + 1) / 2);
            Set<Integer> colours = new HashSet<>();
            for (int my = 0; my < qr.modules(); my++) {
                for (int mx = 0; mx < qr.modules(); mx++) {
                    int expected = qr.dark()[my * qr.modules() + mx] ? 0x000000 : 0xFFFFFF;
                    for (int dy = 0; dy < m; dy++) {
                        for (int dx = 0; dx < m; dx++) {
                            int rgb = image.getRGB(qr.left() + mx * m + dx, qr.top() + my * m + dy) & 0xFFFFFF;
                            colours.add(rgb);
                            assertThat(rgb).as("module (%d,%d) pixel (%d,%d)", mx, my, dx, dy).isEqualTo(expected);
                        }
                    }
                }
            }
            assertThat(colours).containsExactlyInAnyOrder(0x000000, 0xFFFFFF);
        }

        @Test
        @DisplayName("the tightest box (87 px, version 1, 3 px modules) on a dark background: exactly 4 modules of quiet zone")
        void tightestBox() {
            String url = "https://a.cn/x";
            PosterSpec spec = poster(QrContent.url(url)).size(600, 1000).backgroundColor(0xFF000000)
                    .qrSize(PosterSpec.MIN_QR_SIZE).build();
            QrSymbol qr = RENDERER.layout(spec).qr();
            BufferedImage image = Scans.read(RENDERER.renderPng(spec));

            Result result = Scans.decode(image);

            assertThat(result.getText()).isEqualTo(url);
            assertThat(qr.version()).isEqualTo(1);
            assertThat(qr.moduleSize()).isEqualTo(3);
            assertThat(Scans.quietZoneModules(image, result)).isEqualTo(4.0);
        }

        @Test
        @DisplayName("the smallest modules a poster allows scan over the whole poster, from 1000 to 4096 px tall")
        void smallestModulesScan() {
            for (int height : new int[] {1000, 1334, 2000, 3000, 4096}) {
                PosterSpec probe = poster(QrContent.url(Samples.SHARE_URL)).size(750, height).qrSize(700).build();
                int m = probe.minModuleSize();
                int modules = RENDERER.layout(probe).qr().modules();
                for (int shift = 0; shift < 3; shift++) {
                    int box = (modules + 8) * m;
                    PosterSpec spec = probe.toBuilder().qrSize(box).qrPosition(40 + 50 * shift, height - box - 40 - 7 * shift)
                            .build();
                    QrSymbol qr = RENDERER.layout(spec).qr();

                    BufferedImage image = Scans.read(RENDERER.renderPng(spec));

                    assertThat(qr.moduleSize()).as("module at %d px tall", height).isEqualTo(m);
                    assertThat(Scans.decode(image).getText()).as("%d px tall, %d px modules", height, m)
                            .isEqualTo(Samples.SHARE_URL);
                }
                assertThatThrownBy(() -> RENDERER.renderPng(probe.toBuilder().qrSize((modules + 8) * m - 1).build()))
                        .as("one pixel less at %d px tall", height).isInstanceOf(QrPayloadTooLargeException.class);
            }
        }

        @Test
        @DisplayName("a 1,300-character URL with a logo (H) in a 240 px box: our error names bytes and limit, no output")
        void payloadTooLarge() {
            String url = "https://m.example.com/s/" + "a".repeat(1300 - 24);
            PosterSpec spec = poster(QrContent.url(url)).logo(Samples.logo()).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            QrPayloadTooLargeException e = catchThrowableOfType(QrPayloadTooLargeException.class,
                    () -> RENDERER.writePng(spec, out));

            int limit = QrSymbol.byteCapacity(240, 4, QrErrorCorrection.H, false);
            assertThat(url).hasSize(1300);
            assertThat(e).isInstanceOf(PosterException.class)
                    .hasMessageContaining("qrContent is 1300 bytes")
                    .hasMessageContaining("at most " + limit + " bytes")
                    .hasMessageContaining("240 px").hasMessageContaining("error correction H")
                    .hasMessageContaining("modules of at least 4 px");
            assertThat(e.byteLength()).isEqualTo(1300);
            assertThat(e.limit()).isEqualTo(limit).isPositive().isLessThan(1300);
            assertThat(out.size()).as("bytes written").isZero();
            assertThatThrownBy(() -> RENDERER.renderImage(spec)).isInstanceOf(QrPayloadTooLargeException.class);
        }

        @Test
        @DisplayName("the limit is exact: a payload of the limit's length fits, one byte more does not, with and without ECI")
        void limitIsExact() {
            int limit = QrSymbol.byteCapacity(240, 4, QrErrorCorrection.H, false);
            String fits = "https://m.example.com/s/" + "a".repeat(limit - 24);
            String over = fits + "b";

            assertThat(scan(poster(QrContent.url(fits)).logo(Samples.logo()).build()).getText()).isEqualTo(fits);
            assertThatThrownBy(() -> RENDERER.renderPng(poster(QrContent.url(over)).logo(Samples.logo()).build()))
                    .isInstanceOf(QrPayloadTooLargeException.class)
                    .hasMessageContaining((limit + 1) + " bytes").hasMessageContaining("at most " + limit);
            int withEci = QrSymbol.byteCapacity(240, 4, QrErrorCorrection.M, true);
            String text = "x".repeat(withEci);
            assertThat(scan(poster(QrContent.text(text)).build()).getText()).isEqualTo(text);
            assertThatThrownBy(() -> RENDERER.renderPng(poster(QrContent.text(text + "y")).build()))
                    .isInstanceOf(QrPayloadTooLargeException.class).hasMessageContaining("at most " + withEci);
        }
    }

    @Nested
    @DisplayName("text is drawn only where the font can draw it")
    class Text {
        @Test
        @DisplayName("nicknames with emoji: the emoji are left out whole, never a lone surrogate or half a sequence")
        void nicknames() {
            for (String name : new String[] {"小红🌸", GraphemesTest.FAMILY + "家庭号"}) {
                PosterLayout layout = RENDERER.layout(poster(QrContent.url(Samples.SHARE_URL)).sharerName(name).build());

                TextRun run = layout.runs().stream().filter(r -> r.role().equals("sharerName")).findFirst().orElseThrow();
                assertThat(run.text()).isEqualTo(name.equals("小红🌸") ? "小红" : "家庭号");
                assertThat(run.text().chars()).noneMatch(c -> Character.isSurrogate((char) c.intValue()) || c == 0x200D);
            }
        }

        @Test
        @DisplayName("every drawn run passes canDisplayUpTo, with the shipped font and with a host font without Chinese or emoji")
        void everyRunDrawable() throws IOException {
            byte[] latin;
            try (InputStream in = getClass().getResourceAsStream("TestLatin.otf")) {
                latin = in.readAllBytes();
            }
            PosterSpec shipped = poster(QrContent.url(Samples.SHARE_URL))
                    .sharerName(GraphemesTest.FAMILY + "家庭号 Anna👍🏽").subtitle("Sale 🇨🇳 双十一 1️⃣ ☺️ 🏳️‍🌈").build();
            PosterSpec hostFont = shipped.toBuilder().font(latin).build();

            for (PosterSpec spec : new PosterSpec[] {shipped, hostFont}) {
                PosterLayout layout = RENDERER.layout(spec);
                assertThat(layout.runs()).isNotEmpty().allSatisfy(run -> {
                    assertThat(run.font().canDisplayUpTo(run.text())).as(run.text()).isEqualTo(-1);
                    assertThat(run.text()).doesNotContain("\uFFFD");
                });
                assertThat(Scans.text(RENDERER.renderPng(spec))).isEqualTo(Samples.SHARE_URL);
            }
            PosterLayout latinLayout = RENDERER.layout(hostFont);
            assertThat(latinLayout.runs()).allSatisfy(run -> assertThat(run.font().getFamily()).isEqualTo("ShareHub Test Latin"));
            assertThat(latinLayout.runs()).filteredOn(run -> run.role().equals("sharerName"))
                    .singleElement().extracting(TextRun::text).isEqualTo("Anna");
        }

        @Test
        @DisplayName("a font given to the builder replaces the shipped one; a spec font replaces both")
        void fontOverride() throws Exception {
            Font latin;
            try (InputStream in = getClass().getResourceAsStream("TestLatin.otf")) {
                latin = Font.createFont(Font.TRUETYPE_FONT, in);
            }
            ZxingPosterRenderer withHostFont = ZxingPosterRenderer.builder().font(latin).build();
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).title("Double 11: 50% off").build();

            assertThat(withHostFont.layout(spec).runs()).allSatisfy(r -> assertThat(r.font().getFamily())
                    .isEqualTo("ShareHub Test Latin"));
            assertThat(RENDERER.layout(spec).runs()).allSatisfy(r -> assertThat(r.font().getFamily())
                    .isEqualTo("Noto Sans CJK SC"));
            try (InputStream in = Fonts.class.getResourceAsStream(Fonts.BUNDLED_RESOURCE)) {
                PosterSpec specFont = spec.toBuilder().font(in.readAllBytes()).build();
                assertThat(withHostFont.layout(specFont).runs()).allSatisfy(r -> assertThat(r.font().getFamily())
                        .isEqualTo("Noto Sans CJK SC"));
            }
        }

        @Test
        @DisplayName("title lines stay inside the margins of the poster")
        void titleInsideMargins() {
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).build();
            int margin = Math.round(spec.width() * 0.08f);

            assertThat(RENDERER.layout(spec).runs()).filteredOn(r -> r.role().equals("title")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.x() + TypesetterTest.advance(r.font(), r.text()))
                            .isLessThanOrEqualTo(spec.width() - margin));
        }
    }

    @Nested
    @DisplayName("backgrounds")
    class Backgrounds {
        @Test
        @DisplayName("the background colour shows through a transparent background image; a translucent colour lies over white")
        void colourUnderImage() {
            BufferedImage frame = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
            for (int i = 0; i < 100; i++) {
                frame.setRGB(i, 50, 0xFFFF0000);
            }
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).backgroundColor(0xFF203040)
                    .backgroundImage(Samples.png(frame)).build();

            BufferedImage image = Scans.read(RENDERER.renderPng(spec));
            BufferedImage translucent = RENDERER.renderImage(poster(QrContent.url(Samples.SHARE_URL))
                    .backgroundColor(0x00000000).build());

            assertThat(image.getRGB(3, 3) & 0xFFFFFF).isEqualTo(0x203040);
            assertThat(image.getRGB(3, 1334 / 2 + 3) >> 16 & 0xFF).as("the image's red line").isGreaterThan(0xC0);
            assertThat(translucent.getRGB(3, 3) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(Scans.decode(image).getText()).isEqualTo(Samples.SHARE_URL);
        }
    }

    @Nested
    @DisplayName("bad input and failures are our typed errors, with nothing produced")
    class Failures {
        @Test
        @DisplayName("an avatar that looks like a PNG but is not: PosterException naming sharerAvatar, cause kept")
        void corruptImage() {
            byte[] broken = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2};
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).sharerAvatar(broken).build();

            assertThatThrownBy(() -> RENDERER.renderPng(spec)).isExactlyInstanceOf(PosterException.class)
                    .hasMessageContaining("sharerAvatar").hasCauseInstanceOf(IOException.class);
        }

        @Test
        @DisplayName("a font file that Java cannot load: PosterException naming font, cause kept")
        void corruptFont() {
            byte[] broken = {'O', 'T', 'T', 'O', 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).font(broken).build();

            assertThatThrownBy(() -> RENDERER.renderPng(spec)).isExactlyInstanceOf(PosterException.class)
                    .hasMessageContaining("font").cause().isNotNull();
        }

        @Test
        @DisplayName("no spec: InvalidInputException naming spec")
        void noSpec() {
            assertThatThrownBy(() -> RENDERER.renderPng(null)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("spec must be given");
            assertThatThrownBy(() -> ZxingPosterRenderer.builder().imageCacheBytes(-1))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("imageCacheBytes");
        }

        @Test
        @DisplayName("renderImage gives an opaque image of the spec's size that the caller owns")
        void image() {
            PosterSpec spec = poster(QrContent.url(Samples.SHARE_URL)).size(600, 900).build();

            BufferedImage a = RENDERER.renderImage(spec);
            BufferedImage b = RENDERER.renderImage(spec);

            assertThat(a.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            assertThat(a.getWidth()).isEqualTo(600);
            assertThat(a.getHeight()).isEqualTo(900);
            assertThat(a).isNotSameAs(b);
            assertThat(Scans.decode(a).getText()).isEqualTo(Samples.SHARE_URL);
        }
    }
}
