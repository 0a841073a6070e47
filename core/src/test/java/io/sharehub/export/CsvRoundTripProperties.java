package io.sharehub.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVRecord;

class CsvRoundTripProperties {

    @Property(tries = 300)
    void everyTextComesBackAsWrittenOrWithOneLeadingApostrophe(
            @ForAll @Size(max = 5) List<@StringLength(max = 30) @Chars({'"', ',', '\r', '\n', '\t', '=', '+', '-', '@',
                '＝', '＋', '－', '＠', '\'', ' '}) @CharRange(from = 'a', to = 'c') @CharRange(from = '一', to = '丁')
                String> titles,
            @ForAll @StringLength(max = 10) @CharRange(from = '\u0000', to = '\uD7FF') String anyText) {
        List<List<?>> rows = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String title : titles) {
            rows.add(List.of(title, anyText));
        }
        Report report = Report.of("性质", ZoneId.of("Asia/Shanghai"), List.of(
                Column.of("title", "标题", ColumnType.TEXT), Column.of("any", "任意", ColumnType.TEXT)), rows);

        List<CSVRecord> records = CsvReportWriterTest.read(CsvReportWriterTest.write(CsvReportWriter.create(), report));

        assertThat(records).hasSize(titles.size() + 1);
        for (int i = 0; i < titles.size(); i++) {
            expected.clear();
            for (String text : List.of(titles.get(i), anyText)) {
                expected.add(ExportRules.looksLikeFormula(text) ? "'" + text : text);
            }
            assertThat(records.get(i + 1).values()).containsExactlyElementsOf(expected);
        }
    }
}
