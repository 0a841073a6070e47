package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TypesetterTest {
    static final String ISSUE_TITLE = "2024年双十一全场五折起，限时抢购爆款商品清单，错过再等一年！";
    private static final Font TITLE_32 = Fonts.bundled().deriveFont(Font.BOLD, 32f);
    private static final Font TEXT_28 = Fonts.bundled().deriveFont(Font.PLAIN, 28f);
    /** A Latin or digit run as the typesetter sees it: connectors such as - and . inside it. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:[-.,'’_/:][A-Za-z0-9]+)*[-.,'’_/:]?");

    /** A font with printable ASCII and "…" only: no Chinese, no emoji. */
    static Font latinOnly() {
        try (InputStream in = TypesetterTest.class.getResourceAsStream("TestLatin.otf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Width as Java2D lays the line out, measured independently of the typesetter's own call. */
    static double advance(Font font, String line) {
        return new TextLayout(line, font, Typesetter.FRC).getAdvance();
    }

    /**
     * The issue's case. Measured with the shipped font, the title is 999 px wide in bold at 32 px
     * (967 px plain): all of it fits two 600 px lines, so nothing may be cut and no "…" is drawn
     * there. The same title at the default title size, 40 px, overflows two lines and ends with
     * "…". Both are checked, with every other rule of the issue.
     */
    @Test
    @DisplayName("the issue's title in a 600 px box, 2 lines: fits, keeps 2024 whole, no line starts with ，; … when it overflows")
    void issueTitle() {
        for (float size : new float[] {32f, 40f}) {
            Font font = Fonts.bundled().deriveFont(Font.BOLD, size);

            List<String> lines = Typesetter.wrap(font, ISSUE_TITLE, 600, 2);

            assertThat(lines).as("at %s px", size).hasSize(2).allSatisfy(line -> {
                assertThat(advance(font, line)).isLessThanOrEqualTo(600);
                assertThat(line).doesNotStartWith("，").doesNotStartWith("！");
            });
            assertThat(lines.get(0)).startsWith("2024年");
            boolean overflows = advance(font, ISSUE_TITLE) > 2 * 600 - size;
            if (overflows) {
                assertThat(lines.get(1)).as("at %s px", size).endsWith("…");
                assertThat(ISSUE_TITLE).startsWith(String.join("", lines).replace("…", ""));
            } else {
                assertThat(String.join("", lines)).as("at %s px", size).isEqualTo(ISSUE_TITLE);
            }
        }
        assertThat(advance(TITLE_32, ISSUE_TITLE)).isLessThan(1200);
        assertThat(Typesetter.wrap(Fonts.bundled().deriveFont(Font.BOLD, 40f), ISSUE_TITLE, 600, 2).get(1)).endsWith("…");
    }

    @Test
    @DisplayName("the issue's title at 32 px in a box too narrow for two lines ends line 2 with …")
    void issueTitleOverflowingAt32() {
        List<String> lines = Typesetter.wrap(TITLE_32, ISSUE_TITLE, 480, 2);

        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(advance(TITLE_32, line)).isLessThanOrEqualTo(480));
        assertThat(lines.get(0)).startsWith("2024年");
        assertThat(lines.get(1)).endsWith("…").doesNotStartWith("，");
    }

    @Test
    @DisplayName("a title that fits gets no ellipsis, and closing punctuation stays with the character before it")
    void kinsoku() {
        // ten characters fit the line, but "，" may not start the next: "单" goes down with it
        List<String> lines = Typesetter.wrap(TITLE_32, "限时抢购爆款商品清单，错过再等", 32 * 10 + 1, 3);

        assertThat(lines).containsExactly("限时抢购爆款商品清", "单，错过再等");
        assertThat(Typesetter.wrap(TITLE_32, "新品《刹车片》上市", 32 * 3 + 1, 5))
                .allSatisfy(line -> assertThat(line).doesNotEndWith("《").doesNotStartWith("》"));
    }

    @Test
    @DisplayName("Latin and digit runs stay whole across a break; spaces vanish at line ends")
    void latinRuns() {
        List<String> lines = Typesetter.wrap(TEXT_28, "全新iPhone15 Pro与BP-2043同享3.5折优惠", 220, 10);

        assertThat(String.join("|", lines)).contains("iPhone15").contains("BP-2043").contains("3.5");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Test
    @DisplayName("a run wider than a whole line is the one thing broken between characters")
    void overlongRun() {
        List<String> lines = Typesetter.wrap(TEXT_28, "见https://m.example.com/very/long/path/to/a/campaign", 200, 10);

        assertThat(lines).allSatisfy(line -> assertThat(advance(TEXT_28, line)).isLessThanOrEqualTo(200));
        assertThat(String.join("", lines)).isEqualTo("见https://m.example.com/very/long/path/to/a/campaign");
    }

    @Test
    @DisplayName("emoji the font cannot draw are left out whole; a variation selector alone does not cost the symbol")
    void undrawableLeftOut() {
        Font latin = latinOnly();

        assertThat(Typesetter.drawable(TEXT_28, "小红🌸")).isEqualTo("小红");
        assertThat(Typesetter.drawable(TEXT_28, GraphemesTest.FAMILY + "家庭号")).isEqualTo("家庭号");
        assertThat(Typesetter.drawable(latin, "Hi 小红🌸!")).isEqualTo("Hi !");
        assertThat(Typesetter.drawable(TEXT_28, "限时☺️")).isIn("限时☺", "限时");
        assertThat(Typesetter.drawable(TEXT_28, "一\t二\n三\u0007")).isEqualTo("一 二\n三");
    }

    @Test
    @DisplayName("a long nickname is cut with … at a whole character, never inside the family emoji")
    void nicknameCut() {
        String name = "家庭号" + GraphemesTest.FAMILY + "小红小红小红";

        String cut = Typesetter.fitLine(TEXT_28, name, 28 * 4 + 1);
        String cutInside = Typesetter.fitLine(TEXT_28, name, 28 * 5 + 1);

        assertThat(cut).isEqualTo("家庭号…");
        assertThat(advance(TEXT_28, cut)).isLessThanOrEqualTo(28 * 4 + 1);
        assertThat(cutInside).satisfiesAnyOf(c -> assertThat(c).isEqualTo("家庭号…"),
                c -> assertThat(c).isEqualTo("家庭号" + GraphemesTest.FAMILY + "…"));
        assertThat(cutInside.chars()).noneMatch(c -> c == 0x200D && !cutInside.contains(GraphemesTest.FAMILY));
    }

    @Test
    @DisplayName("a cut that would leave \"…\" alone on the last line ends the line before with it")
    void ellipsisNeverStartsALine() {
        assertThat(Typesetter.wrap(TEXT_28, "双双双双双双双双全场《《《双双", 120, 4))
                .containsExactly("双双双双", "双双双双", "全场…");
    }

    @Property(tries = 1000)
    @Label("wrapped lines fit, obey kinsoku, keep runs whole, draw every character, and end with … only when cut")
    void wrapRules(@ForAll("titles") String title, @ForAll @IntRange(min = 120, max = 700) int width,
            @ForAll @IntRange(min = 1, max = 4) int maxLines) {
        String text = Typesetter.drawable(TEXT_28, title);

        List<String> lines = Typesetter.wrap(TEXT_28, text, width, maxLines);

        assertThat(lines).hasSizeLessThanOrEqualTo(maxLines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(advance(TEXT_28, line.isEmpty() ? " " : line) - (line.isEmpty() ? advance(TEXT_28, " ") : 0))
                    .as("width of %s", line).isLessThanOrEqualTo(width);
            assertThat(TEXT_28.canDisplayUpTo(line)).as("drawable %s", line).isEqualTo(-1);
            if (i > 0 && !line.isEmpty() && Typesetter.isClosing(line.substring(0, line.offsetByCodePoints(0, 1)))) {
                // only when no break avoids it: the line before is opening marks, at most one character, closing marks
                String before = lines.get(i - 1).replaceFirst("^[\\p{Ps}“‘《〈「『【〔（\\s]*", "");
                assertThat(before.isEmpty() || before.substring(before.offsetByCodePoints(0, 1)).codePoints()
                        .allMatch(cp -> Typesetter.isClosing(Character.toString(cp))))
                        .as("line starts with closing punctuation: %s", lines).isTrue();
            }
            if (!line.isEmpty() && !line.endsWith("…")) {
                String last = line.substring(line.offsetByCodePoints(line.length(), -1));
                // only when no break avoids it: the line is nothing but opening marks (《《《《 then 双 at 120 px)
                boolean onlyOpening = line.codePoints()
                        .allMatch(cp -> Character.isWhitespace(cp) || Typesetter.isOpening(Character.toString(cp)));
                assertThat(Typesetter.isOpening(last) && i < lines.size() - 1 && !onlyOpening)
                        .as("line ends with opening punctuation: %s", lines).isFalse();
            }
        }
        String joined = String.join("", lines).replace(" ", "");
        String squeezed = text.replace(" ", "");
        if (!joined.equals(squeezed)) {
            assertThat(joined).as("cut text ends with …: %s", lines).endsWith("…");
            assertThat(squeezed).startsWith(joined.substring(0, joined.length() - 1));
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String end = lines.get(i);
            String start = lines.get(i + 1);
            if (!end.isEmpty() && !start.isEmpty() && isWordChar(end.charAt(end.length() - 1)) && isWordChar(start.charAt(0))) {
                String run = lastWord(end) + firstWord(start);
                String glued = leadingOpening(end, lastWord(end)) + run + trailingClosing(start, firstWord(start));
                boolean tooWide = advance(TEXT_28, glued) > width;
                // a run that fills a whole line (3.53.5BP-2043 at 120 px) is longer than a line: it breaks somewhere
                boolean longerThanALine = wholeLineOfRun(end) || wholeLineOfRun(start);
                assertThat(tooWide || longerThanALine || text.contains(lastWord(end) + " ") || !text.contains(run))
                        .as("run %s split across %s", run, lines).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> piece = Arbitraries.of("双", "十", "一", "全场", "五折", "2024", "iPhone15", "BP-2043", "3.5", "，", "。",
                "！", "《", "》", "（", "）", "“", "”", " ", "…", "🌸", "Sale", "限时抢购爆款", "Supercalifragilistic");
        return piece.list().ofMinSize(1).ofMaxSize(30).map(list -> String.join("", list));
    }

    private static boolean wholeLineOfRun(String line) {
        return line.chars().allMatch(c -> c < 0x80 && !Character.isWhitespace(c));
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static String lastWord(String line) {
        var m = WORD.matcher(line);
        String last = "";
        while (m.find()) {
            if (m.end() == line.length()) {
                last = m.group();
            }
        }
        return last;
    }

    /** Opening punctuation right before the line's last run: the typesetter glues it to the run. */
    private static String leadingOpening(String line, String word) {
        int at = line.length() - word.length();
        int from = at;
        while (from > 0 && (Typesetter.isOpening(line.substring(from - 1, from)) || line.charAt(from - 1) == ' ')) {
            from--;
        }
        return line.substring(from, at);
    }

    /** Closing punctuation right after the line's first run: the typesetter glues it to the run. */
    private static String trailingClosing(String line, String word) {
        int to = word.length();
        while (to < line.length() && Typesetter.isClosing(line.substring(to, to + 1))) {
            to++;
        }
        return line.substring(word.length(), to);
    }

    private static String firstWord(String line) {
        var m = WORD.matcher(line);
        return m.lookingAt() ? m.group().replaceAll("[-.,'’_/:]$", "") : "";
    }
}
