package io.sharehub.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetNamesTest {

    /** What Excel (and POI, which checks the same rules) accepts as a sheet name. */
    static void assertValidForExcel(String name) {
        assertThatCode(() -> WorkbookUtil.validateSheetName(name)).as(name).doesNotThrowAnyException();
        assertThat(name).isNotBlank();
        assertThat(name.length()).isLessThanOrEqualTo(31);
        assertThat(name).doesNotStartWith("'").doesNotEndWith("'");
        assertThat(name).isNotEqualToIgnoringCase("History");
        assertThat(name.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("no lone surrogate in %s", name)
                .isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2024/11 双十一:预热[第一波]*?|2024_11 双十一_预热_第一波___",
        "History|History_",
        "history|history_",
        "'内部'|内部",
        "''History''|History_",
        "'|Sheet",
        "'   '|Sheet",
        "a\\b|a_b",
        "Q1|Q1",
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三|一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"})
    @DisplayName("titles are made valid")
    void valid(String title, String name) {
        assertThat(SheetNames.valid(title)).isEqualTo(name);
        assertValidForExcel(SheetNames.valid(title));
    }

    @Test
    @DisplayName("missing, blank and control-character titles still give a name")
    void odd() {
        assertThat(SheetNames.valid(null)).isEqualTo("Sheet");
        assertThat(SheetNames.valid("")).isEqualTo("Sheet");
        assertThat(SheetNames.valid("a\u0000b\nc")).isEqualTo("a_b_c");
        assertThat(SheetNames.valid("x\uD800y")).isEqualTo("x_y");
    }

    @Test
    @DisplayName("a cut never splits a surrogate pair")
    void cutKeepsPairs() {
        String name = SheetNames.valid("a" + "🔥".repeat(20));

        assertThat(name).isEqualTo("a" + "🔥".repeat(15));
        assertValidForExcel(name);
    }

    @Test
    @DisplayName("names are unique ignoring case; the suffix fits in 31 characters")
    void unique() {
        SheetNames names = SheetNames.create();
        String longTitle = "x".repeat(40);

        assertThat(List.of(names.next("Q1"), names.next("q1"), names.next("Q1"), names.next("q1(2)"),
                names.next(longTitle), names.next(longTitle.toUpperCase(Locale.ROOT))))
                .containsExactly("Q1", "q1(2)", "Q1(3)", "q1(2)(2)", "x".repeat(31), "X".repeat(28) + "(2)");
        assertThat(names.continuation("Q1", 2)).isEqualTo("Q1(4)");
        assertThat(names.continuation("素材统计", 2)).isEqualTo("素材统计(2)");
    }

    @Property(tries = 300)
    void anyTitlesGiveValidDistinctNamesThatPoiAccepts(@ForAll @Size(max = 8) List<@StringLength(max = 40) String> titles)
            throws Exception {
        SheetNames names = SheetNames.create();
        Set<String> seen = new HashSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            for (String title : titles) {
                String name = names.next(title);
                assertValidForExcel(name);
                assertThat(seen.add(name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT))).as(name).isTrue();
                book.createSheet(name); // POI refuses invalid names and names taken ignoring case
            }
        }
    }
}
