package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema check on MariaDB, where text must be utf8mb4 and ids binary and no-pad. */
@DisplayName("JPA stores on MariaDB 10.11: the schema check")
class MariaDbSchemaCheckIT extends SchemaCheckCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Test
    @DisplayName("an id column that is not binary-collated, and text not in utf8mb4, are named")
    void collationsAndCharsets() throws SQLException {
        assertThat(problemsAfter(
                "ALTER TABLE sh_event MODIFY person_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL",
                "ALTER TABLE sh_material MODIFY title VARCHAR(200) CHARACTER SET latin1 NOT NULL"))
                .containsExactlyInAnyOrder(
                        "id column sh_event.person_id has collation utf8mb4_bin, not utf8mb4_nopad_bin (MySQL 8:"
                                + " utf8mb4_0900_bin): ids such as U1, u1 and \"U1 \" would be taken for one",
                        "column sh_material.title holds text in latin1, not utf8mb4: emoji and other four-byte"
                                + " characters would be lost");
    }
}
