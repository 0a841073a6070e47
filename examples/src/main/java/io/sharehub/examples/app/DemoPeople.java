package io.sharehub.examples.app;

import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.people.ProfileDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The host's own directory of people (ShareHub keeps only ids): names and phone numbers in a table
 * of the app, {@code demo_person}. It is also ShareHub's {@link ProfileDirectory}, so that reports
 * show names, and phone numbers masked unless an administrator asks.
 */
@Component
public class DemoPeople implements ProfileDirectory {
    private static final List<Column> COLUMNS = List.of(
            Column.of("name", "姓名", ColumnType.TEXT), Column.personal("phone", "手机号"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    /** A person of the directory. @param id the id @param name the name @param phone the phone number */
    public record Person(String id, String name, String phone) {
    }

    /**
     * @param jdbc the app's database
     */
    public DemoPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        jdbc.execute("CREATE TABLE IF NOT EXISTS demo_person (id VARCHAR(128) PRIMARY KEY, "
                + "name VARCHAR(64) NOT NULL, phone VARCHAR(32))");
    }

    /**
     * Adds a person, or leaves them as they are.
     *
     * @param id the id
     * @param name the name
     * @param phone the phone number, or null
     */
    public void add(String id, String name, String phone) {
        if (find(id).isEmpty()) {
            jdbc.update("INSERT INTO demo_person (id, name, phone) VALUES (?, ?, ?)", id, name, phone);
        }
    }

    /**
     * Signs a visitor up as a new member.
     *
     * @param name the name
     * @param phone the phone number
     * @return the new member's id
     */
    public String signUp(String name, String phone) {
        String id;
        do {
            id = "M" + (10_000 + ThreadLocalRandom.current().nextInt(90_000));
        } while (find(id).isPresent());
        jdbc.update("INSERT INTO demo_person (id, name, phone) VALUES (?, ?, ?)", id, name, phone);
        return id;
    }

    /**
     * @param id an id
     * @return the person
     */
    public Optional<Person> find(String id) {
        return jdbc.query("SELECT id, name, phone FROM demo_person WHERE id = ?",
                (rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)), id).stream().findFirst();
    }

    /**
     * @param id an id
     * @return the name, or the id when the directory does not know it (anonymous visitors)
     */
    public String nameOf(String id) {
        if (id == null) {
            return "";
        }
        return find(id).map(Person::name)
                .orElse(id.startsWith("anon-") && id.length() >= 9 ? "访客 " + id.substring(5, 9) : id);
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Map<String, List<String>> profiles(Collection<String> personIds) {
        Map<String, List<String>> found = new HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        named.query("SELECT id, name, phone FROM demo_person WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", personIds),
                rs -> {
                    found.put(rs.getString(1), java.util.Arrays.asList(rs.getString(2), rs.getString(3)));
                });
        return found;
    }
}
