package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("H2's reuse of query results is turned off by an admin user, and only by one")
class H2ResultReuseTest {
    // no settings in the URL: H2 runs them as SET commands, which a user without admin rights may not
    private static final String URL = "jdbc:h2:mem:sh_result_reuse";

    @Test
    @DisplayName("an admin user turns it off; a user without admin rights cannot (and gets a warning)")
    void adminOnly() throws SQLException {
        // the admin's connection keeps the in-memory database open for the two factories
        try (Connection admin = DriverManager.getConnection(URL, "sa", "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE USER IF NOT EXISTS app PASSWORD 'app'");
            try (EntityManagerFactory emf = factory("sa", "")) {
                assertThat(H2ResultReuse.turnOff(emf)).isTrue();
            }
            try (EntityManagerFactory emf = factory("app", "app")) {
                assertThat(H2ResultReuse.turnOff(emf)).isFalse();
            }
        }
    }

    private static EntityManagerFactory factory(String user, String password) {
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                new TestPersistenceUnit("sh-result-reuse-" + user, List.of()),
                Map.of("jakarta.persistence.jdbc.url", URL, "jakarta.persistence.jdbc.user", user,
                        "jakarta.persistence.jdbc.password", password, "hibernate.hbm2ddl.auto", "none"));
    }
}
