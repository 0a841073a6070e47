package io.sharehub.benchmarks;

import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.Report;
import io.sharehub.poi.XlsxReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pair 5: one XLSX of {@value #DEFAULT_ROWS} rows × 8 columns (three texts, an integer, a decimal,
 * an instant, a date, a boolean), one thread, in a JVM of {@code -Xmx64m}: ShareHub's
 * {@link XlsxReportWriter} (defaults: 100-row window, gzipped temp files) beside a raw POI SXSSF
 * loop (SXSSF's defaults: 100-row window, plain temp files; a bold header, a date style) and beside
 * fastexcel (inline texts, per-cell date formats, flushed every 1,000 rows). Rows come from one generator, made
 * as they are written; the file goes to a stream that counts and drops the bytes. Single shot:
 * each iteration is one whole export; no warm-up iteration, since the JIT compiles within the
 * first seconds of a 15 to 30 second export. Run with {@link PeakHeapProfiler} for the heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms64m", "-Xmx64m"})
@Warmup(iterations = 0)
@Measurement(iterations = 3)
public class XlsxBenchmark {
    static final int DEFAULT_ROWS = 1_000_000;
    static final int ROWS = Integer.getInteger("sharehub.bench.xlsxRows", DEFAULT_ROWS);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<Column> COLUMNS = List.of(
            Column.of("visitor", "访客", ColumnType.TEXT),
            Column.of("name", "姓名", ColumnType.TEXT),
            Column.of("phone", "手机号", ColumnType.TEXT),
            Column.of("points", "积分", ColumnType.INTEGER),
            Column.of("amount", "佣金", ColumnType.DECIMAL),
            Column.of("firstVisit", "首次访问", ColumnType.INSTANT),
            Column.of("day", "日期", ColumnType.DATE),
            Column.of("referral", "新推荐", ColumnType.BOOLEAN));
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "欧阳娜娜", "赵敏"};
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private XlsxReportWriter writer;

    /** @return the i-th row of the export, made on demand */
    static List<Object> row(int i) {
        return Arrays.asList("V" + (10_000_000 + i), NAMES[i & 7] + (i % 1000), "138" + (10_000_000 + i % 90_000_000),
                (long) (i % 5_000) - 100, BigDecimal.valueOf(i % 1_000_000, 2), START.plusSeconds(i * 7L),
                FIRST_DAY.plusDays(i % 365), (i & 1) == 0);
    }

    /** The export as a ShareHub report. */
    static Report report(int rows) {
        return new Report() {
            @Override
            public String title() {
                return "推广员访客";
            }

            @Override
            public ZoneId zone() {
                return ZONE;
            }

            @Override
            public List<Column> columns() {
                return COLUMNS;
            }

            @Override
            public void forEachRow(Consumer<? super List<Object>> row) {
                for (int i = 0; i < rows; i++) {
                    row.accept(row(i));
                }
            }
        };
    }

    @Setup(Level.Trial)
    public void writer() {
        writer = XlsxReportWriter.builder().build();
    }

    @Benchmark
    public long sharehubWriter() {
        CountingStream out = new CountingStream();
        writer.write(report(ROWS), out);
        return out.checked();
    }

    /** The baseline a POI user writes: SXSSF with its defaults, one style per format. */
    @Benchmark
    public long rawSxssf() throws IOException {
        CountingStream out = new CountingStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("推广员访客");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle instant = workbook.createCellStyle();
            instant.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < ROWS; i++) {
                List<Object> values = row(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue((String) values.get(0));
                row.createCell(1).setCellValue((String) values.get(1));
                row.createCell(2).setCellValue((String) values.get(2));
                row.createCell(3).setCellValue((Long) values.get(3));
                row.createCell(4).setCellValue(((BigDecimal) values.get(4)).doubleValue());
                Cell at = row.createCell(5);
                at.setCellValue(LocalDateTime.ofInstant((Instant) values.get(5), ZONE));
                at.setCellStyle(instant);
                Cell day = row.createCell(6);
                day.setCellValue((LocalDate) values.get(6));
                day.setCellStyle(date);
                row.createCell(7).setCellValue((Boolean) values.get(7));
            }
            workbook.write(out);
        }
        return out.checked();
    }

    /**
     * The baseline fastexcel's README suggests: values with per-cell formats, flushed as it goes;
     * texts inline, like SXSSF's, since fastexcel's shared strings table keeps every distinct text in
     * memory (it runs out of a 64 MiB heap).
     */
    @Benchmark
    public long fastexcel() throws IOException {
        CountingStream out = new CountingStream();
        Workbook workbook = new Workbook(out, "ShareHub", "1.0");
        Worksheet sheet = workbook.newWorksheet("推广员访客");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c).header());
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        for (int i = 0; i < ROWS; i++) {
            List<Object> values = row(i);
            int r = i + 1;
            sheet.inlineString(r, 0, (String) values.get(0));
            sheet.inlineString(r, 1, (String) values.get(1));
            sheet.inlineString(r, 2, (String) values.get(2));
            sheet.value(r, 3, (Long) values.get(3));
            sheet.value(r, 4, (BigDecimal) values.get(4));
            sheet.value(r, 5, LocalDateTime.ofInstant((Instant) values.get(5), ZONE));
            sheet.style(r, 5).format("yyyy-mm-dd hh:mm").set();
            sheet.value(r, 6, (LocalDate) values.get(6));
            sheet.style(r, 6).format("yyyy-mm-dd").set();
            sheet.value(r, 7, (Boolean) values.get(7));
            if (r % 1_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
        return out.checked();
    }

    /** Counts the bytes of the file and drops them. */
    static final class CountingStream extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        long checked() {
            if (bytes < 1_000) {
                throw new IllegalStateException("the workbook is only " + bytes + " bytes");
            }
            return bytes;
        }
    }
}
