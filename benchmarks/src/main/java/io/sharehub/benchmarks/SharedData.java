package io.sharehub.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared real data the Search and Replay benchmarks read ({@code shared/data}: product
 * titles, share cascades), the way the examples' tests find it: the folder named by
 * {@code -Dsharehub.shared.data} or the environment's {@code SHAREHUB_SHARED_DATA} (which the
 * benchmarks' forked JVMs inherit; a folder named there that lacks the data is an error), else {@code shared/data} beside the working folder (the
 * project's, where {@code benchmarks/run.sh} runs) or any folder above it, else
 * {@code /work/shared/data}. {@code benchmarks/run.sh} runs {@link #main} first, so that a missing
 * folder stops the run before any benchmark starts.
 */
final class SharedData {
    private SharedData() {
    }

    /** @return a file or folder inside the shared data folder */
    static String resolve(String relative) {
        return find().resolve(relative).toString();
    }

    static Path find() {
        String given = System.getProperty("sharehub.shared.data");
        if (given == null || given.isBlank()) {
            given = System.getenv("SHAREHUB_SHARED_DATA");
        }
        if (given != null && !given.isBlank()) {
            // a folder named on purpose is the one used, or none
            if (!holdsData(Path.of(given))) {
                throw new IllegalStateException("the folder given for the shared data sets, " + given
                        + ", does not hold twitter16-cascades and jd-product-titles");
            }
            return Path.of(given).toAbsolutePath().normalize();
        }
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir.resolve("shared").resolve("data"));
        }
        tried.add(Path.of("/work/shared/data"));
        for (Path candidate : tried) {
            if (holdsData(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("the shared data sets (shared/data with twitter16-cascades and"
                + " jd-product-titles) were not found; tried " + tried + "; set SHAREHUB_SHARED_DATA=DIR");
    }

    private static boolean holdsData(Path folder) {
        return Files.isDirectory(folder.resolve("twitter16-cascades"))
                && Files.isDirectory(folder.resolve("jd-product-titles"));
    }

    /** Prints the folder found, or fails with the folders tried. */
    public static void main(String[] args) {
        try {
            System.out.println(find());
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
