package io.sharehub.jpa;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Load and faults on MariaDB. */
@DisplayName("JPA stores on MariaDB 10.11: under load and faults")
class MariaDbLoadIT extends LoadCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Test
    @DisplayName("the connection killed (KILL) before commit leaves no event; recording again counts once")
    void killedConnection() throws SQLException {
        killedConnectionLeavesNothing("SELECT CONNECTION_ID()", "KILL %s");
    }
}
