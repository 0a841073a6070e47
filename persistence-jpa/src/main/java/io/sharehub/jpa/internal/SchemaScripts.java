package io.sharehub.jpa.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundled schema scripts: {@code io/sharehub/jpa/schema/<folder>/V<major>_<minor>__<what>.sql},
 * one folder per SQL family, in Flyway's naming so hosts can copy them as they are. Every script
 * in a folder is found (in a directory or a jar), so each domain keeps its own file.
 *
 * <p>Scripts hold plain statements ended by {@code ;} at the end of a line, and {@code --}
 * comments; {@code CREATE TABLE} statements list one column or constraint per line. The schema
 * check reads the expected tables and columns from them, and takes a column declared with a
 * {@code COLLATE} clause for an id column that must compare exactly.
 */
public final class SchemaScripts {
    /** Where the script folders are, on the class path. */
    public static final String ROOT = "io/sharehub/jpa/schema/";

    private static final Pattern NAME = Pattern.compile("V(\\d+)_(\\d+)__[\\w.-]+\\.sql");
    private static final Pattern CREATE = Pattern.compile("(?is)^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "[`\"]?(\\w+)[`\"]?\\s*\\((.*)\\)[^)]*$");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(\\w+)[`\"]?\\s+ON\\s+[`\"]?(\\w+)[`\"]?.*");
    private static final Pattern DROP_INDEX = Pattern.compile("(?is)^\\s*DROP\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?"
            + "[`\"]?(\\w+)[`\"]?.*");
    private static final List<String> NOT_COLUMNS = List.of("PRIMARY", "CONSTRAINT", "UNIQUE", "KEY", "INDEX",
            "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL");

    /** One script: its file name and text. */
    public record Script(String name, String text) {
        /** @return its statements, comments removed, without the ending {@code ;} */
        public List<String> statements() {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String statement = current.toString().strip();
                    statements.add(statement.substring(0, statement.length() - 1).strip());
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(current.toString().strip());
            }
            return statements;
        }
    }

    /** A secondary index the scripts leave in place: its table, its name, and the script that creates it. */
    public record Index(String table, String name, String script) {
    }

    /** A column a script creates, and whether it is declared with a collation (an id column). */
    public record Column(String table, String name, boolean collated, String script) {
    }

    private SchemaScripts() {
    }

    /**
     * @param loader the class loader to look in
     * @param folder the script folder ({@code postgresql}, {@code mysql}, {@code h2})
     * @return the folder's scripts, in version order
     */
    public static List<Script> load(ClassLoader loader, String folder) {
        String path = ROOT + folder + "/";
        URL url = loader.getResource(path);
        if (url == null) {
            throw new IllegalStateException("no ShareHub schema scripts at " + path + " on the class path");
        }
        List<String> names;
        try {
            names = list(url, path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the ShareHub schema scripts at " + url, e);
        }
        names.sort(Comparator.comparingInt((String n) -> version(n, 1)).thenComparingInt(n -> version(n, 2))
                .thenComparing(Comparator.naturalOrder()));
        List<Script> scripts = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(path + name)) {
                if (in == null) {
                    throw new IllegalStateException("could not read " + path + name);
                }
                scripts.add(new Script(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + path + name, e);
            }
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("no ShareHub schema scripts in " + url);
        }
        return scripts;
    }

    private static List<String> list(URL url, String path) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.map(f -> f.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            return names;
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(path) && name.indexOf('/', path.length()) < 0) {
                        String file0 = name.substring(path.length());
                        if (NAME.matcher(file0).matches()) {
                            names.add(file0);
                        }
                    }
                }
            }
            return names;
        }
        throw new IOException("cannot list resources behind a " + url.getProtocol() + " URL");
    }

    private static int version(String name, int group) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(group)) : Integer.MAX_VALUE;
    }

    /**
     * @param scripts scripts
     * @return every column their {@code CREATE TABLE} statements create, table by table
     */
    public static Map<String, List<Column>> columns(List<Script> scripts) {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        for (Script script : scripts) {
            for (String statement : script.statements()) {
                Matcher m = CREATE.matcher(statement);
                if (!m.matches()) {
                    continue;
                }
                String table = m.group(1).toLowerCase(Locale.ROOT);
                List<Column> columns = tables.computeIfAbsent(table, t -> new ArrayList<>());
                for (String definition : splitTopLevel(m.group(2))) {
                    String[] words = definition.strip().split("\\s+", 2);
                    if (words[0].isEmpty() || NOT_COLUMNS.contains(words[0].toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    String name = words[0].replace("`", "").replace("\"", "").toLowerCase(Locale.ROOT);
                    boolean collated = words.length > 1 && words[1].toUpperCase(Locale.ROOT).contains("COLLATE");
                    columns.add(new Column(table, name, collated, script.name()));
                }
            }
        }
        return tables;
    }

    /**
     * @param scripts scripts, in version order
     * @return the secondary indexes their {@code CREATE INDEX} statements create and no later
     *     {@code DROP INDEX} drops, by lower-case name
     */
    public static Map<String, Index> indexes(List<Script> scripts) {
        Map<String, Index> indexes = new LinkedHashMap<>();
        for (Script script : scripts) {
            for (String statement : script.statements()) {
                Matcher created = CREATE_INDEX.matcher(statement);
                Matcher dropped = DROP_INDEX.matcher(statement);
                if (created.matches()) {
                    String name = created.group(1).toLowerCase(Locale.ROOT);
                    indexes.put(name, new Index(created.group(2).toLowerCase(Locale.ROOT), name, script.name()));
                } else if (dropped.matches()) {
                    indexes.remove(dropped.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return indexes;
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }
}
