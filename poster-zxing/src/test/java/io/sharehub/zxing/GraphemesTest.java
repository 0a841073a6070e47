package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GraphemesTest {
    static final String FAMILY = "👨‍👩‍👧";
    /** Emoji and sequences that java.text.BreakIterator on Java 17 gets wrong or that are easy to cut. */
    static final List<String> SEQUENCES = List.of(FAMILY, "🌸", "👍🏽", "🧑🏻‍💻", "🏳️‍🌈", "🇨🇳", "🇺🇸", "1️⃣", "☺️",
            "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F", "e\u0301", "한", "\u1100\u1161\u11A8",
            "👩‍❤️‍💋‍👨");

    @Test
    @DisplayName("the issue's nicknames split into whole characters, the family emoji as one")
    void nicknames() {
        assertThat(Graphemes.split("小红🌸")).containsExactly("小", "红", "🌸");
        assertThat(Graphemes.split(FAMILY + "家庭号")).containsExactly(FAMILY, "家", "庭", "号");
    }

    @Test
    @DisplayName("skin tones, flags, keycaps, tag sequences, combining marks and Hangul jamo stay whole")
    void sequences() {
        for (String sequence : SEQUENCES) {
            assertThat(Graphemes.split(sequence)).as(sequence).containsExactly(sequence);
        }
        assertThat(Graphemes.split("🇨🇳🇺🇸🇯")).containsExactly("🇨🇳", "🇺🇸", "🇯");
        assertThat(Graphemes.split("a\r\nb")).containsExactly("a", "\r\n", "b");
    }

    @Test
    @DisplayName("a lone surrogate is a cluster of its own and never glued to a neighbour")
    void loneSurrogate() {
        assertThat(Graphemes.split("a\uD83Cb")).containsExactly("a", "\uD83C", "b");
    }

    @Property
    @Label("clusters rebuild the text, never split a surrogate pair or a sequence, never start with an extender")
    void clustersAreWhole(@ForAll("texts") List<String> pieces) {
        String text = String.join("", pieces);

        List<String> clusters = Graphemes.split(text);

        assertThat(String.join("", clusters)).isEqualTo(text);
        for (int i = 0; i < clusters.size(); i++) {
            String cluster = clusters.get(i);
            assertThat(Character.isLowSurrogate(cluster.charAt(0))).as("starts with a low surrogate: %s", cluster).isFalse();
            assertThat(Character.isHighSurrogate(cluster.charAt(cluster.length() - 1)))
                    .as("ends with a high surrogate: %s", cluster).isFalse();
            if (i > 0) {
                assertThat(Graphemes.isExtend(cluster.codePointAt(0))).as("starts with an extender: %s", cluster).isFalse();
            }
            if (i < clusters.size() - 1) {
                assertThat(cluster.codePointBefore(cluster.length())).as("ends with ZWJ: %s", cluster).isNotEqualTo(0x200D);
            }
        }
        int at = 0;
        for (String piece : pieces) {
            if (SEQUENCES.contains(piece)) {
                int start = at;
                int end = at + piece.length();
                assertThat(boundaries(clusters)).as("boundaries around %s", piece).contains(start, end);
                assertThat(boundaries(clusters)).as("a boundary inside %s", piece).noneMatch(b -> b > start && b < end);
            }
            at += piece.length();
        }
    }

    private static List<Integer> boundaries(List<String> clusters) {
        List<Integer> result = new ArrayList<>();
        int at = 0;
        result.add(0);
        for (String c : clusters) {
            at += c.length();
            result.add(at);
        }
        return result;
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> simple = Arbitraries.of("小", "红", "家", "a", "Z", "7", " ", "，", "…", "-", "\n");
        Arbitrary<String> sequence = Arbitraries.of(SEQUENCES);
        return Arbitraries.oneOf(simple, sequence).list().ofMaxSize(20);
    }
}
