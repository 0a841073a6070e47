package io.sharehub.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the user guide true to the code: every Java snippet in {@code docs/} that is marked
 * {@code <!-- snippet: path#tag -->} must equal, line for line after removing the common indent,
 * the region between {@code // tag::tag[]} and {@code // end::tag[]} of that tested file.
 */
class DocsSnippetsTest {
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)#([\\w-]+) -->");

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("docs"))) {
            here = here.getParent();
        }
        return here;
    }

    @Test
    @DisplayName("every marked snippet in docs/ equals its tagged region in tested code")
    void snippetsMatchTestedCode() throws IOException {
        Path root = root();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> pages = Files.walk(root.resolve("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (!m.find()) {
                        continue;
                    }
                    checked++;
                    String where = root.relativize(page) + ":" + (i + 1);
                    Path source = root.resolve(m.group(1));
                    if (!Files.exists(source)) {
                        problems.add(where + ": no file " + m.group(1));
                        continue;
                    }
                    List<String> region = region(Files.readAllLines(source, StandardCharsets.UTF_8), m.group(2));
                    if (region == null) {
                        problems.add(where + ": no region " + m.group(2) + " in " + m.group(1));
                        continue;
                    }
                    List<String> block = block(lines, i + 1);
                    if (!dedent(region).equals(dedent(block))) {
                        problems.add(where + ": snippet differs from " + m.group(1) + "#" + m.group(2)
                                + "\n--- docs\n" + String.join("\n", dedent(block))
                                + "\n--- code\n" + String.join("\n", dedent(region)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("marked snippets found").isPositive();
    }

    static List<String> region(List<String> lines, String tag) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
                return lines.subList(start, i);
            }
        }
        return null;
    }

    static List<String> block(List<String> lines, int from) {
        int open = from;
        while (open < lines.size() && !lines.get(open).startsWith("```")) {
            open++;
        }
        List<String> block = new ArrayList<>();
        for (int i = open + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).map(String::stripTrailing).toList();
    }
}
