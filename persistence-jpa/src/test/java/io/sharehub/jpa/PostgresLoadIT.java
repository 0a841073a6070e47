package io.sharehub.jpa;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Load and faults on PostgreSQL. */
@DisplayName("JPA stores on PostgreSQL 15: under load and faults")
class PostgresLoadIT extends LoadCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Test
    @DisplayName("the connection killed (pg_terminate_backend) before commit leaves no event; recording again counts once")
    void killedConnection() throws SQLException {
        killedConnectionLeavesNothing("SELECT pg_backend_pid()", "SELECT pg_terminate_backend(%s)");
    }
}
