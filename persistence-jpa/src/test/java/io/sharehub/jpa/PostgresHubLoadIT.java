package io.sharehub.jpa;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two hubs over one PostgreSQL database, and a visit whose connection is killed. */
@DisplayName("JPA stores on PostgreSQL 15: two hubs against the brute-force model, a killed visit")
class PostgresHubLoadIT extends HubLoadCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Test
    @DisplayName("the connection killed (pg_terminate_backend) while Fission.visit records a referral and its points"
            + " leaves neither; the same visit id again pays once")
    void killedMidVisit() throws SQLException {
        killedMidVisit("SELECT pg_backend_pid()", "SELECT pg_terminate_backend(%s)");
    }
}
