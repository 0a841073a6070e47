package io.sharehub.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared real data the Search and Replay benchmarks read ({@code shared/data}: product
 * titles, share cascades), the way the examples' tests find it: the folder named by
 * {@code -Dsharehub.shared.data} or the environment's {@code SHAREHUB_SHARED_DATA} (which the
 * benchmarks' forked JVMs inherit), else {@code shared/data} beside the working folder (the
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
        List<Path> tried = new ArrayList<>();
        String given = System.getProperty("sharehub.shared.data");
        if (given != null) {
            tried.add(Path.of(given));
        }
        String inherited = System.getenv("SHAREHUB_SHARED_DATA");
        if (inherited != null && !inherited.isBlank()) {
            tried.add(Path.of(inherited));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir.resolve("shared").resolve("data"));
        }
        tried.add(Path.of("/work/shared/data"));
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate.resolve("twitter16-cascades"))
                    && Files.isDirectory(candidate.resolve("jd-product-titles"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("the shared data sets (shared/data with twitter16-cascades and"
                + " jd-product-titles) were not found; tried " + tried + "; set SHAREHUB_SHARED_DATA=DIR");
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
