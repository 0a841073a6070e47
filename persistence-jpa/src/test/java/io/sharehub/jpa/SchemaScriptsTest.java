package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.jpa.internal.SchemaScripts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled scripts: found in directories and jars, in version order, alike across databases. */
@DisplayName("JPA schema scripts")
class SchemaScriptsTest {

    @Test
    @DisplayName("every database has the same tables and columns, and every PostgreSQL id column is binary on MySQL/MariaDB")
    void scriptsAgree() {
        Map<String, List<SchemaScripts.Column>> pg = SchemaScripts.columns(JpaSchema.scripts(Database.POSTGRESQL)
                .stream().map(s -> new SchemaScripts.Script(s.name(), s.sql())).toList());
        for (Database db : Database.values()) {
            Map<String, List<SchemaScripts.Column>> other = SchemaScripts.columns(JpaSchema.scripts(db).stream()
                    .map(s -> new SchemaScripts.Script(s.name(), s.sql())).toList());
            assertThat(names(other, false)).as(db.name()).isEqualTo(names(pg, false));
            if (db != Database.H2) {
                // every id column is binary on MySQL/MariaDB too (which also collates some key parts)
                assertThat(names(other, true)).as(db.name()).containsAll(names(pg, true));
            }
        }
        assertThat(names(pg, true)).contains("sh_event.person_id", "sh_material.id", "sh_person.owner_id")
                .doesNotContain("sh_material.title");
        assertThat(JpaSchema.scripts(Database.H2)).extracting(JpaSchema.Script::name)
                .startsWith("V1_1__catalog.sql", "V1_2__engagement.sql", "V1_3__people.sql");
    }

    @Test
    @DisplayName("MySQL gets utf8mb4_0900_bin where MariaDB has utf8mb4_nopad_bin")
    void mysqlCollation() {
        assertThat(JpaSchema.scripts(Database.MYSQL)).allSatisfy(s -> assertThat(s.sql())
                .doesNotContain("utf8mb4_nopad_bin").contains("utf8mb4_0900_bin"));
        assertThat(JpaSchema.scripts(Database.MARIADB)).allSatisfy(s -> assertThat(s.sql())
                .contains("utf8mb4_nopad_bin"));
    }

    @Test
    @DisplayName("the scripts are found inside a jar too, in version order (V1_10 after V1_9)")
    void scriptsInAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("scripts.jar");
        List<String> names = new ArrayList<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("io/sharehub/jpa/schema/h2/"));
            Path folder = Path.of("src/main/resources/io/sharehub/jpa/schema/h2");
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    names.add(file.getFileName().toString());
                    copy(out, "io/sharehub/jpa/schema/h2/" + file.getFileName(), Files.newInputStream(file));
                }
            }
            copy(out, "io/sharehub/jpa/schema/h2/V1_10__later.sql",
                    new java.io.ByteArrayInputStream("CREATE TABLE sh_later (id INTEGER);".getBytes()));
            copy(out, "io/sharehub/jpa/schema/h2/V1_9__earlier.sql",
                    new java.io.ByteArrayInputStream("CREATE TABLE sh_earlier (id INTEGER);".getBytes()));
            copy(out, "io/sharehub/jpa/schema/h2/README.txt", new java.io.ByteArrayInputStream(new byte[0]));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<SchemaScripts.Script> scripts = SchemaScripts.load(loader, "h2");
            assertThat(scripts).extracting(SchemaScripts.Script::name).endsWith("V1_9__earlier.sql", "V1_10__later.sql")
                    .containsAll(names).hasSize(names.size() + 2);
        }
    }

    private static void copy(JarOutputStream out, String name, InputStream in) throws IOException {
        try (in) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private static List<String> names(Map<String, List<SchemaScripts.Column>> tables, boolean collatedOnly) {
        List<String> names = new ArrayList<>();
        tables.forEach((table, columns) -> columns.stream().filter(c -> !collatedOnly || c.collated())
                .forEach(c -> names.add(table + "." + c.name())));
        return names;
    }

}
