package io.sharehub.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the project's shared real data ({@code shared/data}: share cascades, product titles) for
 * tests: the folder named by {@code -Dsharehub.shared.data}, else {@code shared/data} beside the
 * checkout or any folder above it, else {@code /work/shared/data}.
 */
public final class SharedData {
    /** The folder holding the data sets. */
    public static final Path DIR = find();

    private SharedData() {
    }

    private static Path find() {
        List<Path> tried = new ArrayList<>();
        String given = System.getProperty("sharehub.shared.data");
        if (given != null) {
            tried.add(Path.of(given));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir.resolve("shared").resolve("data"));
        }
        tried.add(Path.of("/work/shared/data"));
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate.resolve("weibo-cascades-sample"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("the shared data sets (shared/data) were not found; tried " + tried
                + "; pass -Dsharehub.shared.data=DIR");
    }
}
