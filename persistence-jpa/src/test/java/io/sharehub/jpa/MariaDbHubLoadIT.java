package io.sharehub.jpa;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two hubs over one MariaDB database, and a visit whose connection is killed. */
@DisplayName("JPA stores on MariaDB 10.11: two hubs against the brute-force model, a killed visit")
class MariaDbHubLoadIT extends HubLoadCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Test
    @DisplayName("the connection killed (KILL) while Fission.visit records a referral and its points leaves neither;"
            + " the same visit id again pays once")
    void killedMidVisit() throws SQLException {
        killedMidVisit("SELECT CONNECTION_ID()", "KILL %s");
    }
}
