package io.sharehub.benchmarks;

import io.sharehub.ShareHub;
import io.sharehub.jpa.internal.CampaignBuckets;
import io.sharehub.jpa.internal.Weeks;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

/**
 * The leaderboards the board benchmarks read, the same in every store: a list of referral
 * credits, one level-1 award each, made from a fixed random seed.
 *
 * <ul>
 *   <li>{@link #campaign(int)}: campaign {@code C1M}, one credit per account of 1 to 1,000,000
 *       points, one second apart;</li>
 *   <li>{@link #days(int, int)}: 30 daily campaigns {@code D00…D29}, one credit per account and
 *       day of 1 to 1,000 points at a random instant of that day (Asia/Shanghai).</li>
 * </ul>
 *
 * <p>ShareHub in memory is seeded through its API ({@code points().credit}). PostgreSQL, where the
 * API would take hours for millions of credits, is seeded with {@code COPY} straight into
 * ShareHub's tables with exactly the rows the API writes for the same credits: the account with
 * its balance, the {@code REFERRAL_L1} entry, the referral with its payload, the award, the
 * campaign counters with their boards' histograms, and the day and week counters ({@code BoardSeedIT}
 * checks this row for row against the API on small seeds). Redis gets one sorted set per campaign or day, the award's points as the score.
 */
final class BoardSeed {
    static final ZoneId ZONE = ShareHub.DEFAULT_ZONE;
    /** The first day of the seeds, 2026-01-05 in Asia/Shanghai. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    static final Instant START = FIRST_DAY.atStartOfDay(ZONE).toInstant();
    private static final long DAY_MILLIS = 86_400_000L;

    /** One credit: a referral paying {@code points} to {@code account} at level 1. */
    record Credit(String referralId, String campaignId, String account, long points, Instant at) {
        ReferralCredit toApi() {
            return ReferralCredit.of(referralId, campaignId, at, ReferralAward.of(1, account, points));
        }
    }

    /** A seed: how many credits, and the i-th of them. */
    interface Seed {
        String name();

        int size();

        Credit credit(int i);
    }

    private BoardSeed() {
    }

    static String account(int i) {
        return "U" + i;
    }

    /** @return a campaign board of {@code accounts} accounts */
    static Seed campaign(int accounts) {
        long[] points = new long[accounts];
        SplittableRandom random = new SplittableRandom(1_000_000);
        for (int i = 0; i < accounts; i++) {
            points[i] = 1 + random.nextInt(1_000_000);
        }
        return new Seed() {
            @Override
            public String name() {
                return "campaign C1M, " + accounts + " accounts, seed 1000000, v4";
            }

            @Override
            public int size() {
                return accounts;
            }

            @Override
            public Credit credit(int i) {
                return new Credit("c1m-" + i, "C1M", account(i), points[i], START.plusSeconds(i));
            }
        };
    }

    /** @return {@code days} daily campaigns, each with one credit for each of {@code accounts} accounts */
    static Seed days(int days, int accounts) {
        int size = days * accounts;
        int[] points = new int[size];
        int[] millis = new int[size];
        SplittableRandom random = new SplittableRandom(30);
        for (int i = 0; i < size; i++) {
            points[i] = 1 + random.nextInt(1_000);
            millis[i] = random.nextInt((int) DAY_MILLIS);
        }
        return new Seed() {
            @Override
            public String name() {
                return "days, " + days + " x " + accounts + " accounts, seed 30, v4";
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Credit credit(int i) {
                int day = i / accounts;
                Instant dayStart = FIRST_DAY.plusDays(day).atStartOfDay(ZONE).toInstant();
                return new Credit("d" + day + "-" + (i % accounts), String.format("D%02d", day), account(i % accounts),
                        points[i], dayStart.plusMillis(millis[i]));
            }
        };
    }

    /** Credits every award of the seed through ShareHub's API. */
    static void credit(ShareHub hub, Seed seed) {
        for (int i = 0; i < seed.size(); i++) {
            hub.points().credit(seed.credit(i).toApi());
        }
    }

    /**
     * Writes the seed into ShareHub's ledger tables of the connection's schema, which must be
     * empty, with the rows {@code points().credit} writes for the same credits.
     */
    static void copy(Connection connection, Seed seed) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, long[]> balances = new HashMap<>();
        Map<String, long[]> campaignCounters = new HashMap<>();
        Map<String, long[]> dayCounters = new HashMap<>();
        Map<String, long[]> weekCounters = new HashMap<>();
        Map<String, BigDecimal> reached = new HashMap<>();
        copyRows(copy, "ledger_referral (referral_id, campaign_id, at_ns, day_no, payload, reversed_ns)", seed, (c, out) -> {
            out.row(c.referralId(), c.campaignId(), nanos(c.at()), day(c.at()), payload(c), null);
        });
        copyRows(copy, "ledger_award (referral_id, award_level, account, amount, unit, campaign_id, day_no, at_ns,"
                + " reversed, taken, debt_added)", seed, (c, out) -> {
                    out.row(c.referralId(), 1, c.account(), c.points(), null, c.campaignId(), day(c.at()), nanos(c.at()),
                            "f", 0, 0);
                });
        long[] seq = {0};
        copyRows(copy, "ledger_entry (seq, account, amount, reason, campaign_id, referral_id, at_ns, ledger_key, note)",
                seed, (c, out) -> {
                    out.row(++seq[0], c.account(), c.points(), "REFERRAL_L1", c.campaignId(), c.referralId(),
                            nanos(c.at()), null, null);
                });
        for (int i = 0; i < seed.size(); i++) {
            Credit c = seed.credit(i);
            balances.computeIfAbsent(c.account(), a -> new long[1])[0] += c.points();
            add(campaignCounters, c.campaignId() + '\u0000' + c.account(), c.points(), c.at(), reached, "c");
            add(dayCounters, day(c.at()) + "\u0000" + c.account(), c.points(), c.at(), reached, "d");
            add(weekCounters, Weeks.week(day(c.at())) + "\u0000" + c.account(), c.points(), c.at(), reached, "w");
        }
        copyMap(copy, "ledger_account (account, balance, debt)", balances, (key, v) -> new Object[] {key, v[0], 0});
        copyMap(copy, "ledger_campaign_counter (kind, campaign_id, subject, points, invited, reached_ns)",
                campaignCounters, (key, v) -> {
                    String[] parts = key.split("\u0000");
                    return new Object[] {"ACCOUNT", parts[0], parts[1], v[0], v[1], reached.get("c" + key)};
                });
        // the campaign boards' histograms: listed rows per points, rows and distinct points per bucket,
        // and in bucket 0 the board's listed rows
        Map<String, long[]> listed = new HashMap<>();
        for (Map.Entry<String, long[]> counter : campaignCounters.entrySet()) {
            if (counter.getValue()[0] > 0) {
                String campaign = counter.getKey().split("\u0000")[0];
                listed.computeIfAbsent(campaign + '\u0000' + counter.getValue()[0], k -> new long[1])[0]++;
            }
        }
        Map<String, long[]> buckets = new HashMap<>();
        for (Map.Entry<String, long[]> value : listed.entrySet()) {
            String[] parts = value.getKey().split("\u0000");
            long[] bucket = buckets.computeIfAbsent(parts[0] + '\u0000'
                    + CampaignBuckets.bucket(Long.parseLong(parts[1])), k -> new long[2]);
            bucket[0] += value.getValue()[0];
            bucket[1]++;
            // bucket 0 counts the board's listed rows
            buckets.computeIfAbsent(parts[0] + "\u00000", k -> new long[2])[0] += value.getValue()[0];
        }
        copyMap(copy, "ledger_campaign_points (kind, campaign_id, points, listed)", listed, (key, v) -> {
            String[] parts = key.split("\u0000");
            return new Object[] {"ACCOUNT", parts[0], parts[1], v[0]};
        });
        copyMap(copy, "ledger_campaign_bucket (kind, campaign_id, bucket, listed, distinct_points)", buckets,
                (key, v) -> {
                    String[] parts = key.split("\u0000");
                    return new Object[] {"ACCOUNT", parts[0], parts[1], v[0], v[1]};
                });
        copyMap(copy, "ledger_day_counter (kind, day_no, subject, points, invited, reached_ns)", dayCounters, (key, v) -> {
            String[] parts = key.split("\u0000");
            return new Object[] {"ACCOUNT", Long.parseLong(parts[0]), parts[1], v[0], v[1], reached.get("d" + key)};
        });
        copyMap(copy, "ledger_week_counter (kind, week_no, subject, points, invited, reached_ns)", weekCounters,
                (key, v) -> {
                    String[] parts = key.split("\u0000");
                    return new Object[] {"ACCOUNT", Long.parseLong(parts[0]), parts[1], v[0], v[1], reached.get("w" + key)};
                });
        try (Statement statement = connection.createStatement()) {
            // the next entries the API writes are numbered after the copied ones
            statement.execute("SELECT setval('ledger_entry_seq', " + Math.max(1, seq[0]) + ")");
        }
    }

    private static void add(Map<String, long[]> counters, String key, long points, Instant at,
            Map<String, BigDecimal> reached, String prefix) {
        long[] counter = counters.computeIfAbsent(key, k -> new long[2]);
        counter[0] += points;
        counter[1] += 1;
        reached.merge(prefix + key, nanos(at), BigDecimal::max);
    }

    static long day(Instant at) {
        return LocalDate.ofInstant(at, ZONE).toEpochDay();
    }

    static BigDecimal nanos(Instant at) {
        return JdbcVisits.nanos(at);
    }

    /** The payload {@code points().credit} keeps for a credit of one level-1 award without unit or cap. */
    static String payload(Credit c) {
        return "campaign " + JdbcVisits.quote(c.campaignId()) + ", daily cap none, awards L1 "
                + JdbcVisits.quote(c.account()) + " " + c.points() + " unit -";
    }

    /** Writes the seed's campaigns or days as Redis sorted sets {@code prefix + campaignId}. */
    static void redis(Jedis jedis, String prefix, Seed seed) {
        Pipeline pipeline = jedis.pipelined();
        Map<String, Map<String, Double>> chunk = new HashMap<>();
        for (int i = 0; i < seed.size(); i++) {
            Credit c = seed.credit(i);
            chunk.computeIfAbsent(prefix + c.campaignId(), k -> new HashMap<>()).put(c.account(), (double) c.points());
            if (i % 10_000 == 9_999) {
                chunk.forEach(pipeline::zadd);
                chunk.clear();
                pipeline.sync();
            }
        }
        chunk.forEach(pipeline::zadd);
        pipeline.sync();
    }

    /** Writes one tab-separated row of COPY's text format. */
    interface RowOut {
        void row(Object... values);
    }

    private interface RowWriter {
        void write(Credit credit, RowOut out);
    }

    private static void copyRows(CopyManager copy, String target, Seed seed, RowWriter writer)
            throws SQLException, IOException {
        StringBuilder text = new StringBuilder(1 << 20);
        RowOut out = values -> append(text, values);
        for (int i = 0; i < seed.size(); i++) {
            writer.write(seed.credit(i), out);
            if (text.length() > (1 << 22)) {
                copyIn(copy, target, text);
            }
        }
        copyIn(copy, target, text);
    }

    private static <V> void copyMap(CopyManager copy, String target, Map<String, V> rows,
            java.util.function.BiFunction<String, V, Object[]> values) throws SQLException, IOException {
        StringBuilder text = new StringBuilder(1 << 20);
        for (Map.Entry<String, V> row : rows.entrySet()) {
            append(text, values.apply(row.getKey(), row.getValue()));
            if (text.length() > (1 << 22)) {
                copyIn(copy, target, text);
            }
        }
        copyIn(copy, target, text);
    }

    private static void copyIn(CopyManager copy, String target, StringBuilder text) throws SQLException, IOException {
        if (text.length() > 0) {
            try (Reader reader = new StringReader(text.toString())) {
                copy.copyIn("COPY " + target + " FROM STDIN", reader);
            }
            text.setLength(0);
        }
    }

    /** Ids and payloads of the seeds hold no tab, newline or backslash, so no escaping is needed. */
    private static void append(StringBuilder text, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            text.append(values[i] == null ? "\\N" : values[i].toString());
        }
        text.append('\n');
    }

    /** Runs {@code body} for each credit, for stores that need them one by one. */
    static void forEach(Seed seed, Consumer<Credit> body) {
        for (int i = 0; i < seed.size(); i++) {
            body.accept(seed.credit(i));
        }
    }
}
