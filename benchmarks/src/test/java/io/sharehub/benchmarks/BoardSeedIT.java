package io.sharehub.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.points.BoardRow;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL board benchmarks seed ShareHub's tables by COPY instead of the API: this checks,
 * on small seeds, that the copied rows are exactly the rows {@code points().credit} writes, table
 * by table, and that the boards read the same. Needs the local PostgreSQL (databases profile).
 */
class BoardSeedIT {
    private static final String API = "bench_seed_api";
    private static final String COPY = "bench_seed_copy";

    @Test
    void aCopiedCampaignSeedIsWhatTheApiWrites() throws Exception {
        check(BoardSeed.campaign(300), "C1M", null);
    }

    @Test
    void aCopiedDaySeedIsWhatTheApiWrites() throws Exception {
        // 10 days from a Monday: the 9-day range reads one whole week (V1_7) and two more days
        check(BoardSeed.days(10, 60), null, TimeRange.of(BoardSeed.START, BoardSeed.START.plus(Duration.ofDays(9))));
    }

    private static void check(BoardSeed.Seed seed, String campaign, TimeRange range) throws Exception {
        Postgres.resetSchema(API);
        List<BoardRow> apiBoard;
        EntityManagerFactory emf = Postgres.entityManagerFactory(API, 2);
        try {
            ShareHub hub = ShareHub.builder().stores(Postgres.stores(emf)).build();
            BoardSeed.credit(hub, seed);
            apiBoard = board(hub, campaign, range);
        } finally {
            emf.close();
        }
        List<String> indexes = Postgres.resetSchemaWithoutIndexes(COPY);
        try (Connection connection = Postgres.connect(COPY)) {
            BoardSeed.copy(connection, seed);
        }
        Postgres.execute(COPY, indexes);
        for (String query : List.of(
                "SELECT * FROM ledger_account ORDER BY account",
                "SELECT account, amount, reason, campaign_id, referral_id, at_ns, ledger_key, note FROM ledger_entry"
                        + " ORDER BY seq",
                "SELECT * FROM ledger_referral ORDER BY referral_id",
                "SELECT * FROM ledger_award ORDER BY referral_id, award_level",
                "SELECT * FROM ledger_campaign_counter ORDER BY kind, campaign_id, subject",
                "SELECT * FROM ledger_campaign_points ORDER BY kind, campaign_id, points",
                "SELECT * FROM ledger_campaign_bucket ORDER BY kind, campaign_id, bucket",
                "SELECT * FROM ledger_day_counter ORDER BY kind, day_no, subject",
                "SELECT * FROM ledger_week_counter ORDER BY kind, week_no, subject",
                "SELECT COUNT(*) FROM ledger_keyed_operation",
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname")) {
            List<String> api = rows(API, query);
            assertThat(rows(COPY, query)).as(query).isEqualTo(api);
            assertThat(api).as(query).isNotEmpty();
        }
        emf = Postgres.entityManagerFactory(COPY, 2);
        try {
            ShareHub hub = ShareHub.builder().stores(Postgres.stores(emf)).build();
            assertThat(board(hub, campaign, range)).isEqualTo(apiBoard).hasSize(50);
        } finally {
            emf.close();
        }
    }

    private static List<BoardRow> board(ShareHub hub, String campaign, TimeRange range) {
        return (campaign != null ? hub.leaderboards().campaign(campaign) : hub.leaderboards().range(range)).top(50);
    }

    private static List<String> rows(String schema, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = Postgres.connect(schema); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query.replace("current_schema()", "'" + schema + "'"))) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String value = result.getString(c);
                    row.append(value == null ? "NULL" : value.replace(schema + ".", "")).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
