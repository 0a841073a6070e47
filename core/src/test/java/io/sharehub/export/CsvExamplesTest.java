package io.sharehub.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The examples docs/export.md shows, run as tests. */
class CsvExamplesTest {

    @Test
    @DisplayName("docs: a report of streamed rows, masked, written as CSV with progress")
    void writeCsv() {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        List<Long> progressTold = new ArrayList<>();
        boolean adminAskedUnmasked = false;

        // tag::write-csv[]
        List<Column> columns = List.of(
                Column.of("visitor", "访客", ColumnType.TEXT),
                Column.personal("phone", "手机号"),
                Column.of("points", "积分", ColumnType.INTEGER),
                Column.of("firstVisit", "首次访问", ColumnType.INSTANT));
        Report visitors = new Report() {
            @Override
            public String title() {
                return "推广员访客";
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void forEachRow(Consumer<? super List<Object>> row) {
                // push rows as the store pages through them; never collect them in a list
                row.accept(List.of("V1001", "13812345678", 10L, Instant.parse("2024-03-01T01:30:00Z")));
                row.accept(List.of("V1002", "13900001111", -5L, Instant.parse("2024-03-02T12:00:00Z")));
            }
        };
        Report shown = adminAskedUnmasked ? visitors : Masking.masked(visitors);

        ReportWriter csv = CsvReportWriter.builder()
                .progress(rows -> progressTold.add(rows)) // e.g. update a progress bar
                .build();
        csv.write(shown, response); // flushed, not closed
        // end::write-csv[]

        List<CSVRecord> records = CsvReportWriterTest.read(response.toByteArray());
        assertThat(records.get(0).values()).containsExactly("访客", "手机号", "积分", "首次访问");
        assertThat(records.get(1).values()).containsExactly("V1001", "138****5678", "10", "2024-03-01 09:30:00");
        assertThat(records.get(2).values()).containsExactly("V1002", "139****1111", "-5", "2024-03-02 20:00:00");
        assertThat(progressTold).containsExactly(2L);
        assertThat(csv.extension()).isEqualTo("csv");
    }
}
