package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema check on PostgreSQL, where id columns must be {@code COLLATE "C"}. */
@DisplayName("JPA stores on PostgreSQL 15: the schema check")
class PostgresSchemaCheckIT extends SchemaCheckCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Test
    @DisplayName("an id column with the database's default collation is named")
    void idCollation() throws SQLException {
        assertThat(problemsAfter("ALTER TABLE sh_event ALTER COLUMN person_id TYPE VARCHAR(128) COLLATE \"default\""))
                .containsExactly("id column sh_event.person_id has collation (the database default), not \"C\": ids"
                        + " would not sort by code point");
    }
}
