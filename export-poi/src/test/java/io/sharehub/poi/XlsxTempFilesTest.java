package io.sharehub.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.UnknownCampaignException;
import io.sharehub.export.ExportException;
import io.sharehub.export.Report;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class XlsxTempFilesTest {
    @TempDir
    Path temp;

    @Test
    @DisplayName("a successful export leaves no poi-sxssf-* file and no folder of its own")
    void successLeavesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XlsxReportWriter.builder().tempFolder(temp).build().write(Xlsx.materialViews(50_000), out);

        assertThat(out.size()).isPositive();
        assertThat(Xlsx.exportLeftovers(temp)).isEmpty();
        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    @DisplayName("an output stream failing after 50,000 rows is a typed export error and leaves no temp file")
    void failingStream() {
        Xlsx.FailingStream out = new Xlsx.FailingStream(64 * 1024);

        assertThatThrownBy(() -> XlsxReportWriter.builder().tempFolder(temp).build().write(Xlsx.materialViews(50_000), out))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("could not be written as XLSX after 50000 data rows")
                .hasRootCauseInstanceOf(IOException.class)
                .rootCause().hasMessageContaining("client went away");
        assertThat(out.bytes).as("the stream had started").isPositive();
        assertThat(Xlsx.exportLeftovers(temp)).isEmpty();
        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    @DisplayName("a report failing after 50,000 rows leaves no temp file either, with or without a ShareHub error")
    void failingReport() {
        Report untyped = Xlsx.generated("素材统计", Xlsx.MATERIAL_VIEWS, 60_000, (i, sink) -> {
            if (i == 50_000) {
                throw new IllegalStateException("database connection lost");
            }
            sink.accept(List.of("m", i));
        });
        Report typed = Xlsx.generated("素材统计", Xlsx.MATERIAL_VIEWS, 60_000, (i, sink) -> {
            if (i == 50_000) {
                throw new UnknownCampaignException("campaignId", "C1");
            }
            sink.accept(List.of("m", i));
        });
        XlsxReportWriter writer = XlsxReportWriter.builder().tempFolder(temp).build();

        assertThatThrownBy(() -> writer.write(untyped, new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("report \"素材统计\" could not be written as XLSX after 50000 data rows")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(Xlsx.exportLeftovers(temp)).isEmpty();
        assertThatThrownBy(() -> writer.write(typed, new ByteArrayOutputStream()))
                .isInstanceOf(UnknownCampaignException.class);
        assertThat(Xlsx.exportLeftovers(temp)).isEmpty();
    }

    @Test
    @DisplayName("with no temp folder set, the system temp folder is used and left clean too")
    void defaultFolder() throws IOException {
        Path system = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = Xlsx.exportLeftovers(system, 2);

        XlsxReportWriter.create().write(Xlsx.materialViews(1_000), new ByteArrayOutputStream());
        assertThatThrownBy(() -> XlsxReportWriter.create().write(Xlsx.materialViews(1_000), new Xlsx.FailingStream(10)))
                .isInstanceOf(ExportException.class);

        assertThat(Xlsx.exportLeftovers(system, 2)).isSubsetOf(before);
    }

    @Test
    @DisplayName("POI's JVM-wide and per-thread temp-file strategies are as they were after an export")
    void poiStrategyUntouched() throws Exception {
        Path hostFolder = Files.createDirectory(temp.resolve("host"));
        TempFileCreationStrategy host = new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                return Files.createTempFile(hostFolder, prefix, suffix).toFile();
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                return Files.createTempDirectory(hostFolder, prefix).toFile();
            }
        };
        Path exports = Files.createDirectory(temp.resolve("exports"));
        XlsxReportWriter writer = XlsxReportWriter.builder().tempFolder(exports).build();

        File beforeFile = TempFile.createTempFile("probe-before", ".tmp");
        TempFile.withStrategy(host, () -> {
            writer.write(Xlsx.materialViews(1_000), new ByteArrayOutputStream());
            try {
                assertThat(TempFile.createTempFile("probe-host", ".tmp").toPath().getParent()).isEqualTo(hostFolder);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return null;
        });
        writer.write(Xlsx.materialViews(1_000), new ByteArrayOutputStream());
        File afterFile = TempFile.createTempFile("probe-after", ".tmp");

        assertThat(afterFile.getParentFile()).isEqualTo(beforeFile.getParentFile());
        assertThat(afterFile.toPath().startsWith(exports)).isFalse();
        assertThat(exports.toFile().list()).isEmpty();
        Files.delete(beforeFile.toPath());
        Files.delete(afterFile.toPath());
    }

    @Test
    @DisplayName("concurrent exports to different folders each keep their files in their own folder")
    void concurrentExports() throws Exception {
        List<Path> folders = List.of(Files.createDirectory(temp.resolve("a")), Files.createDirectory(temp.resolve("b")));
        CountDownLatch bothMidway = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Path>>> midway = new ArrayList<>();
            for (Path mine : folders) {
                midway.add(pool.submit(() -> {
                    List<List<Path>> seen = new ArrayList<>();
                    XlsxReportWriter.builder().tempFolder(mine).build().write(Xlsx.generated("素材统计", Xlsx.MATERIAL_VIEWS,
                            20_000, (i, sink) -> {
                                if (i == 10_000) {
                                    bothMidway.countDown();
                                    await(bothMidway);
                                    seen.add(Xlsx.exportLeftovers(mine));
                                }
                                sink.accept(List.of("m", i));
                            }), new ByteArrayOutputStream());
                    return seen.get(0);
                }));
            }
            for (int t = 0; t < 2; t++) {
                List<Path> files = midway.get(t).get(60, TimeUnit.SECONDS);
                Path folder = folders.get(t);
                // its own folder and its one sheet file, nothing of the other export
                assertThat(files).hasSize(2);
                assertThat(files).allMatch(p -> p.startsWith(folder));
                assertThat(files).anyMatch(p -> p.getFileName().toString().startsWith("poi-sxssf-sheet"));
            }
        } finally {
            pool.shutdownNow();
        }
        for (Path folder : folders) {
            assertThat(folder.toFile().list()).isEmpty();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("a missing temp folder is created; one that is a file is an export error")
    void folderProblems() throws IOException {
        Path missing = temp.resolve("not/yet/there");
        Path file = Files.createFile(temp.resolve("plain-file"));

        XlsxReportWriter.builder().tempFolder(missing).build().write(Xlsx.materialViews(10), new ByteArrayOutputStream());
        assertThat(missing.toFile().list()).isEmpty();
        assertThatThrownBy(() -> XlsxReportWriter.builder().tempFolder(file).build()
                .write(Xlsx.materialViews(10), new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("temp folder");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @DisplayName("an export's own folder is readable by its owner only, since sheets may hold personal data")
    void ownerOnlyFolder() throws IOException {
        Set<PosixFilePermission> permissions;
        ExportTempFolder folder = ExportTempFolder.create(temp);
        try {
            permissions = Files.getPosixFilePermissions(folder.path());
        } finally {
            folder.delete();
        }
        assertThat(permissions).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        assertThat(temp.toFile().list()).isEmpty();
    }
}
