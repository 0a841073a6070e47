package io.sharehub.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.InvalidInputException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "13812345678|138****5678",
        "张|*",
        "张三|张*",
        "张三丰|张*丰",
        "欧阳娜娜|欧**娜",
        "123456|1****6",
        "6543210|65***10",
        "0755123456|07******56",
        "+86 138 0000 0000|+86**********0000",
        "110101199003071234|110***********1234",
        "alice@example.com|a***e@example.com",
        "ab@x.cn|a*@x.cn",
        "小明@上海|小***海",
        "not an@email.com|not*********.com"})
    @DisplayName("the rule keeps a head and a tail that grow with the length")
    void rule(String value, String masked) {
        assertThat(Masking.mask(value)).isEqualTo(masked);
    }

    @Test
    @DisplayName("null and empty stay as they are")
    void nullAndEmpty() {
        assertThat(Masking.mask(null)).isNull();
        assertThat(Masking.mask("")).isEmpty();
    }

    @Test
    @DisplayName("emoji and supplementary Han characters count as one and are never split")
    void codePoints() {
        assertThat(Masking.mask("😀😁😂")).isEqualTo("😀*😂");
        assertThat(Masking.mask("🔥")).isEqualTo("*");
        assertThat(Masking.mask("𠮷野")).isEqualTo("𠮷*");
        assertThat(Masking.mask("🔥".repeat(11))).isEqualTo("🔥🔥🔥****🔥🔥🔥🔥");
    }

    @Property(tries = 500)
    void maskingKeepsTheLengthHidesSomethingAndNeverSplitsAPair(
            @ForAll @StringLength(min = 1, max = 40) String plain, @ForAll @StringLength(max = 5) String emoji) {
        String value = plain + "🔥".repeat(emoji.length()) + plain;
        Assume.that(wellFormed(value));

        String masked = Masking.mask(value);

        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(value.codePointCount(0, value.length()));
        assertThat(masked.chars().filter(c -> c == Masking.MASK).count())
                .isGreaterThan(value.chars().filter(c -> c == Masking.MASK).count());
        assertThat(wellFormed(masked)).as("well-formed UTF-16: %s", masked).isTrue();
    }

    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    @DisplayName("a masked report masks personal columns only, as rows stream")
    void maskedReport() {
        List<Column> columns = List.of(Column.personal("phone", "手机号"), Column.of("points", "积分", ColumnType.INTEGER),
                Column.of("note", "备注", ColumnType.TEXT));
        Report report = Report.of("访客", ZoneId.of("Asia/Shanghai"), columns, List.of(
                List.of("13812345678", 10L, "13812345678"),
                Arrays.asList(null, 3L, null)));

        Report masked = Masking.masked(report);
        List<List<Object>> rows = new ArrayList<>();
        masked.forEachRow(rows::add);

        assertThat(masked.title()).isEqualTo("访客");
        assertThat(masked.columns()).isEqualTo(columns);
        assertThat(rows).containsExactly(List.of("138****5678", 10L, "13812345678"), Arrays.asList(null, 3L, null));
    }

    @Test
    @DisplayName("a report without personal columns is returned as it is")
    void nothingToMask() {
        Report report = Report.of("t", ZoneId.of("UTC"), List.of(Column.of("a", "A", ColumnType.TEXT)), List.of());

        assertThat(Masking.masked(report)).isSameAs(report);
    }

    @Test
    @DisplayName("only text columns can be personal")
    void personalMustBeText() {
        assertThatThrownBy(() -> new Column("phone", "手机号", ColumnType.INTEGER, true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("column.personal"))
                .hasMessageContaining("INTEGER column phone");
    }
}
