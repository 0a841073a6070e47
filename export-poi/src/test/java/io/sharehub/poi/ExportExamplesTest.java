package io.sharehub.poi;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.Masking;
import io.sharehub.export.Report;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples docs/export.md shows, run as tests and read back with POI. */
class ExportExamplesTest {
    @TempDir
    Path exportFolder;

    static Report leaderboard(String campaign) {
        List<Column> columns = List.of(
                Column.of("rank", "排名", ColumnType.INTEGER),
                Column.of("promoter", "推广员", ColumnType.TEXT),
                Column.personal("phone", "手机号"),
                Column.of("points", "积分", ColumnType.INTEGER),
                Column.of("reachedAt", "达成时间", ColumnType.INSTANT));
        return Report.of(campaign, ZoneId.of("Asia/Shanghai"), columns, List.of(
                List.of(1L, "张三", "13812345678", 120L, Instant.parse("2024-03-01T01:30:00Z")),
                List.of(2L, "=李四", "13900001111", 95L, Instant.parse("2024-03-01T02:00:00Z"))));
    }

    @Test
    @DisplayName("docs: write one report as XLSX with a temp folder and progress")
    void writeXlsx() throws Exception {
        Report report = Masking.masked(leaderboard("双十一排行榜"));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        AtomicLong progressBar = new AtomicLong();

        // tag::write-xlsx[]
        XlsxReportWriter xlsx = XlsxReportWriter.builder()
                .tempFolder(exportFolder)             // each export makes and removes its own folder here
                .progress(rows -> progressBar.set(rows))
                .build();                             // immutable and thread-safe: build once, share
        xlsx.write(report, response);                 // flushed, not closed
        String contentType = xlsx.contentType();      // for the HTTP response
        String fileName = "leaderboard." + xlsx.extension();
        // end::write-xlsx[]

        assertThat(contentType).isEqualTo(XlsxReportWriter.CONTENT_TYPE);
        assertThat(fileName).isEqualTo("leaderboard.xlsx");
        assertThat(progressBar).hasValue(2);
        assertThat(exportFolder.toFile().list()).isEmpty();
        try (XSSFWorkbook book = Xlsx.read(response.toByteArray())) {
            DataFormatter shown = new DataFormatter();
            assertThat(book.getSheetName(0)).isEqualTo("双十一排行榜");
            assertThat(shown.formatCellValue(book.getSheetAt(0).getRow(1).getCell(2))).isEqualTo("138****5678");
            assertThat(shown.formatCellValue(book.getSheetAt(0).getRow(1).getCell(4))).isEqualTo("2024-03-01 09:30");
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("=李四");
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    @DisplayName("docs: write several reports as the sheets of one workbook")
    void writeWorkbook() throws Exception {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        XlsxReportWriter xlsx = XlsxReportWriter.builder().tempFolder(exportFolder).build();

        // tag::write-workbook[]
        List<Report> sheets = new ArrayList<>();
        for (String campaign : List.of("2024/11 双十一:预热", "Q1", "q1")) {
            sheets.add(Masking.masked(leaderboard(campaign)));
        }
        xlsx.writeAll(sheets, response);              // sheets "2024_11 双十一_预热", "Q1", "q1(2)"
        // end::write-workbook[]

        try (XSSFWorkbook book = Xlsx.read(response.toByteArray())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("2024_11 双十一_预热", "Q1", "q1(2)");
        }
    }
}
