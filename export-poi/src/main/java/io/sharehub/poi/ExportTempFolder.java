package io.sharehub.poi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * The private folder of one export: POI's temporary files for that export go here and nowhere
 * else, and the whole folder is deleted when the export ends.
 *
 * <p>POI's temp-file strategy is one static field for the whole JVM. Changing it would move every
 * other POI user's files too, and two writers with different folders would race. POI 5.5 also
 * has a per-thread strategy, installed for the length of one task by
 * {@code TempFile.withStrategy}, which restores the previous one afterwards; the writer installs
 * an instance of this class that way. SXSSF creates its files on the thread that builds and
 * writes the workbook, so all of them land here, and nothing global changes.
 *
 * <p>The folder is made by {@link Files#createTempDirectory}, which on POSIX systems gives it
 * owner-only permissions: the sheet data may hold personal data.
 */
final class ExportTempFolder implements TempFileCreationStrategy {
    static final String PREFIX = "sharehub-xlsx-";

    private final Path folder;

    private ExportTempFolder(Path folder) {
        this.folder = folder;
    }

    /** Makes a new private folder inside {@code parent}, creating {@code parent} if needed. */
    static ExportTempFolder create(Path parent) throws IOException {
        Files.createDirectories(parent);
        return new ExportTempFolder(Files.createTempDirectory(parent, PREFIX));
    }

    Path path() {
        return folder;
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder, prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(folder, prefix).toFile();
    }

    /**
     * Deletes the folder and whatever POI left in it. POI deletes its own files when the
     * workbook is closed; this catches what a failure in between left behind.
     */
    void delete() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        IOException failure = null;
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
