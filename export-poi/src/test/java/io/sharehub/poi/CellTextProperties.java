package io.sharehub.poi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/** Checks the stored form of text against POI's own decoding of cell text. */
class CellTextProperties {

    @Provide
    Arbitrary<String> cellTexts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("_x0041_", "_X00E9_", "_x005F_", "_x", "_", "x", "0", "F", "🔥", "双十一", "=", "\t", "\n"),
                Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf),
                Arbitraries.strings().ofMaxLength(3).filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property(tries = 1_000)
    void storedTextDecodesToTheOriginal(@ForAll("cellTexts") String text) {
        String stored = CellText.fit(text);

        assertThat(new XSSFRichTextString(stored).getString()).isEqualTo(text);
        assertThat(stored.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
    }

    @Property(tries = 50)
    void longTextIsCutToTheLimitAsReadBack(@ForAll("cellTexts") String piece) {
        String text = (piece.isEmpty() ? "_x0001_" : piece).repeat(40_000 / Math.max(1, piece.length()) + 1);
        String stored = CellText.fit(text);
        String read = new XSSFRichTextString(stored).getString();

        assertThat(stored.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
        assertThat(read.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
        assertThat(read).endsWith("…");
        assertThat(text).startsWith(read.substring(0, read.length() - 1));
    }
}
