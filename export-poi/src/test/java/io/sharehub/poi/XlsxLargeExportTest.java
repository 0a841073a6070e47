package io.sharehub.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The costly ones: Excel's row limit and a million rows in a small heap. Rows are made lazily. */
class XlsxLargeExportTest {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxLargeExportTest.class);

    @TempDir
    Path temp;

    @Test
    @DisplayName("1,048,576 data rows give a first sheet of header + 1,048,575 rows and a second named like it plus (2)")
    void rowsPastExcelsLimitContinueOnASecondSheet() throws IOException {
        Path file = temp.resolve("materials.xlsx");
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxReportWriter.builder().tempFolder(temp).build().write(Xlsx.materialViews(1_048_576), out);
        }
        LOG.info("1,048,576 rows written in {} ms, {} bytes", (System.nanoTime() - start) / 1_000_000, Files.size(file));

        List<Xlsx.SheetSummary> sheets = Xlsx.summarize(file);

        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(0).name()).isEqualTo("素材统计");
        assertThat(sheets.get(0).rows()).isEqualTo(1 + 1_048_575);
        assertThat(sheets.get(0).first()).containsExactly("素材", "浏览量");
        assertThat(sheets.get(0).second()).containsExactly("素材 0", "0");
        assertThat(sheets.get(0).last()).containsExactly("素材 1048574", "1048574");
        assertThat(sheets.get(1).name()).isEqualTo("素材统计(2)");
        assertThat(sheets.get(1).rows()).isEqualTo(1 + 1);
        assertThat(sheets.get(1).first()).containsExactly("素材", "浏览量");
        assertThat(sheets.get(1).last()).containsExactly("素材 1048575", "1048575");
        assertThat(Xlsx.exportLeftovers(temp)).isEmpty();
    }

    @Test
    @DisplayName("exporting 1,000,000 rows runs in a JVM with -Xmx128m")
    void millionRowsInSmallHeap() throws Exception {
        Path file = temp.resolve("visitors.xlsx");
        Path exportTemp = Files.createDirectory(temp.resolve("export-temp"));
        Path log = temp.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-Djava.awt.headless=true",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory", "-cp", classPath,
                LowMemoryExport.class.getName(), file.toString(), exportTemp.toString(), "1000000"));

        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = child.waitFor(4, TimeUnit.MINUTES);
        if (!exited) {
            child.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        LOG.info("child JVM: {}", output.strip());

        assertThat(exited).as("child finished within 4 minutes:%n%s", output).isTrue();
        assertThat(child.exitValue()).as("child exit code:%n%s", output).isZero();
        assertThat(output).contains("rows=1000000").contains("maxHeapMiB=12");
        assertThat(exportTemp.toFile().list()).isEmpty();
        List<Xlsx.SheetSummary> sheets = Xlsx.summarize(file);
        assertThat(sheets).extracting(Xlsx.SheetSummary::name).containsExactly("推广员访客");
        assertThat(sheets.get(0).rows()).isEqualTo(1 + 1_000_000);
        assertThat(sheets.get(0).first()).containsExactly("访客", "手机号", "活动", "积分", "转化率", "首次访问", "日期", "已冲正");
        assertThat(sheets.get(0).last()).startsWith("V999999", "138****1999", "双十一预热第49波", "-5");
    }
}
