package io.sharehub.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay on the local PostgreSQL server (database test, user postgres, trust): only in -Pdatabases. */
class ReplayOnPostgresDatabaseIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String SCHEMA = "sharehub_replay_it";

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void freshSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    @DisplayName("the Weibo sample replayed into PostgreSQL writes a summary.json identical to the in-memory one")
    void weiboSummaryIsTheSame() throws IOException, SQLException, NotFoundException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        Path weibo = ReplayCommandTest.SHARED.resolve("weibo-cascades-sample");

        ReplayCommandTest.replay(weibo, dir.resolve("memory"));
        JsonNode onPostgres = ReplayCommandTest.replay(weibo, dir.resolve("postgres"),
                "--store", SERVER + "&currentSchema=" + SCHEMA);

        assertThat(onPostgres.get("visits").asLong()).isEqualTo(7_117);
        assertThat(Files.readString(dir.resolve("postgres/summary.json")))
                .isEqualTo(Files.readString(dir.resolve("memory/summary.json")));
        ReplayCommandTest.checkInvariants(onPostgres, dir.resolve("postgres"));
    }
}
