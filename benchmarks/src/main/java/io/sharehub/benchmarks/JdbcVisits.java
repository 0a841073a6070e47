package io.sharehub.benchmarks;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The baseline of pair 2: what a host would write by hand with JDBC to record a batch of visits
 * that make referrals, with the same rows ShareHub writes into the same tables (the visit, the
 * referral, the graph node, the visitor's owner, the campaign's and promoter's counters, the
 * ledger's referral, awards, entries and balances, the leaderboard counters and the sharer's
 * heat). It reads what it needs in a few set-wise queries (shares, the first-touch check, the
 * sharers' ancestors, the account locks) and sends every insert and counter update as a JDBC
 * batch, in one transaction per batch of visits. It leaves out what ShareHub checks besides: token
 * signatures, identity merges, fraud rules, daily caps, debts, listeners.
 */
final class JdbcVisits {
    /** One visit of a batch: the visit id, the visitor and the share visited. */
    record Visit(String visitId, String visitor, long shareId) {
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int[] RULE = {10, 3, 1};

    private final Connection connection;
    private final String campaignId;
    private long nextSeq;
    private long seqLimit;

    JdbcVisits(Connection connection, String campaignId) throws SQLException {
        this.connection = connection;
        this.campaignId = campaignId;
        connection.setAutoCommit(false);
    }

    private record Node(String parent, int depth) {
    }

    /**
     * Records the batch in one transaction.
     *
     * @return the number of new referrals
     */
    int record(List<Visit> visits, Instant at) throws SQLException {
        try {
            int referrals = write(visits, at);
            connection.commit();
            return referrals;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private int write(List<Visit> visits, Instant at) throws SQLException {
        BigDecimal atNs = nanos(at);
        BigDecimal atSeconds = new BigDecimal(at.getEpochSecond()).add(BigDecimal.valueOf(at.getNano(), 9));
        long day = LocalDate.ofInstant(at, ZONE).toEpochDay();

        // the shares visited, the first-touch check of the visitors, the sharers' ancestors
        Map<Long, String> sharers = new HashMap<>();
        try (PreparedStatement shares = connection.prepareStatement(
                "SELECT share_id, person_id FROM fission_share WHERE share_id = ANY(?)")) {
            shares.setArray(1, connection.createArrayOf("bigint", visits.stream().map(Visit::shareId).distinct()
                    .toArray()));
            try (ResultSet rows = shares.executeQuery()) {
                while (rows.next()) {
                    sharers.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        Set<String> alreadyNodes = new HashSet<>(nodes(visits.stream().map(Visit::visitor).toList()).keySet());
        Map<String, Node> chain = nodes(new ArrayList<>(new HashSet<>(sharers.values())));
        chain.putAll(nodes(chain.values().stream().map(Node::parent).filter(p -> p != null).distinct().toList()));

        // who is paid what, per visit
        List<Visit> referred = new ArrayList<>();
        List<String[]> payees = new ArrayList<>();
        Set<String> accounts = new TreeSet<>();
        for (Visit visit : visits) {
            String sharer = sharers.get(visit.shareId());
            if (sharer.equals(visit.visitor()) || !alreadyNodes.add(visit.visitor())) {
                throw new IllegalStateException("the benchmark records new referrals only: " + visit);
            }
            String level2 = chain.get(sharer).parent();
            String level3 = level2 == null ? null : chain.get(level2).parent();
            String[] paid = {sharer, level2, level3};
            referred.add(visit);
            payees.add(paid);
            for (String account : paid) {
                if (account != null) {
                    accounts.add(account);
                }
            }
        }

        // account rows, then their locks in id order
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_account (account, balance, debt) VALUES (?, 0, 0) ON CONFLICT DO NOTHING")) {
            for (String account : accounts) {
                insert.setString(1, account);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT account, debt FROM ledger_account WHERE account = ANY(?) ORDER BY account FOR UPDATE")) {
            lock.setArray(1, connection.createArrayOf("varchar", accounts.toArray()));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(2) != 0) {
                        throw new IllegalStateException("the benchmark pays no debts: " + rows.getString(1));
                    }
                }
            }
        }

        try (Batches batches = new Batches(connection)) {
            PreparedStatement visit = batches.of("INSERT INTO fission_visit (visit_id, share_id, campaign_id, sharer_id,"
                    + " visitor_id, at_ns, referral_id, entry_channel) VALUES (?, ?, ?, ?, ?, ?, ?, 'LINK')");
            PreparedStatement referral = batches.of("INSERT INTO fission_referral (referral_id, campaign_id, sharer_id,"
                    + " visitor_id, at_ns, entry_channel, flag_reason, flagged, reversed, payouts)"
                    + " VALUES (?, ?, ?, ?, ?, 'LINK', NULL, FALSE, FALSE, ?)");
            PreparedStatement node = batches.of("INSERT INTO fission_node (campaign_id, person_id, parent_id, depth,"
                    + " entry_channel, joined_ns, referral_id, reversed) VALUES (?, ?, ?, ?, 'LINK', ?, ?, FALSE)"
                    + " ON CONFLICT DO NOTHING");
            PreparedStatement owner = batches.of("INSERT INTO sh_person (id, owner_id, owner_bound_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id,"
                    + " owner_bound_at = EXCLUDED.owner_bound_at");
            PreparedStatement visitor = batches.of("INSERT INTO fission_visitor (campaign_id, visitor_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING");
            PreparedStatement promoterVisitor = batches.of("INSERT INTO fission_promoter_visitor (campaign_id,"
                    + " promoter_id, visitor_id, first_ns, visits) VALUES (?, ?, ?, ?, 1) ON CONFLICT DO NOTHING");
            PreparedStatement campaignStat = batches.of("INSERT INTO fission_campaign_stat AS t (campaign_id, read_count,"
                    + " unique_visitors, sharers, new_referrals) VALUES (?, ?, ?, 0, ?) ON CONFLICT (campaign_id)"
                    + " DO UPDATE SET read_count = t.read_count + EXCLUDED.read_count,"
                    + " unique_visitors = t.unique_visitors + EXCLUDED.unique_visitors,"
                    + " new_referrals = t.new_referrals + EXCLUDED.new_referrals");
            PreparedStatement promoter = batches.of("INSERT INTO fission_promoter AS t (campaign_id, person_id, shares,"
                    + " read_count, referrals) VALUES (?, ?, 0, ?, ?) ON CONFLICT (campaign_id, person_id)"
                    + " DO UPDATE SET read_count = t.read_count + EXCLUDED.read_count,"
                    + " referrals = t.referrals + EXCLUDED.referrals");
            PreparedStatement depth = batches.of("UPDATE fission_graph SET max_depth = ? WHERE campaign_id = ?"
                    + " AND max_depth < ?");
            PreparedStatement ledgerReferral = batches.of("INSERT INTO ledger_referral (referral_id, campaign_id, at_ns,"
                    + " day_no, payload, reversed_ns) VALUES (?, ?, ?, ?, ?, NULL)");
            PreparedStatement award = batches.of("INSERT INTO ledger_award (referral_id, award_level, account, amount,"
                    + " unit, campaign_id, day_no, at_ns, reversed, taken, debt_added)"
                    + " VALUES (?, ?, ?, ?, NULL, ?, ?, ?, FALSE, 0, 0)");
            PreparedStatement entry = batches.of("INSERT INTO ledger_entry (seq, account, amount, reason, campaign_id,"
                    + " referral_id, at_ns, ledger_key, note) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)");
            PreparedStatement balance = batches.of("UPDATE ledger_account SET balance = balance + ?, debt = debt + 0"
                    + " WHERE account = ?");
            PreparedStatement campaignCounter = batches.of(counter("ledger_campaign_counter", "campaign_id"));
            PreparedStatement dayCounter = batches.of(counter("ledger_day_counter", "day_no"));
            PreparedStatement heat = batches.of("INSERT INTO sh_heat (subject, subject_id, bucket, heat_value)"
                    + " VALUES ('PERSON', ?, 0, ?) ON CONFLICT (subject, subject_id, bucket)"
                    + " DO UPDATE SET heat_value = sh_heat.heat_value + EXCLUDED.heat_value");

            // counter changes summed per row: one upsert may not touch a row twice
            Map<String, long[]> promoters = new TreeMap<>();
            Map<String, long[]> counters = new TreeMap<>();
            int maxDepth = 0;
            for (int i = 0; i < referred.size(); i++) {
                Visit v = referred.get(i);
                String[] paid = payees.get(i);
                String sharer = paid[0];
                String referralId = "ref-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
                int nodeDepth = chain.get(sharer).depth() + 1;
                StringBuilder payouts = new StringBuilder("[");
                StringBuilder payload = new StringBuilder("campaign ").append(quote(campaignId))
                        .append(", daily cap none, awards");
                for (int level = 0; level < 3 && paid[level] != null; level++) {
                    payouts.append(level == 0 ? "" : ",").append('[').append(level + 1).append(",\"").append(paid[level])
                            .append("\",").append(RULE[level]).append(']');
                    payload.append(" L").append(level + 1).append(' ').append(quote(paid[level])).append(' ')
                            .append(RULE[level]).append(" unit -");
                }
                payouts.append(']');

                set(visit, v.visitId(), v.shareId(), campaignId, sharer, v.visitor(), atNs, referralId);
                set(referral, referralId, campaignId, sharer, v.visitor(), atNs, payouts.toString());
                set(node, campaignId, v.visitor(), sharer, nodeDepth, atNs, referralId);
                set(owner, v.visitor(), sharer, atSeconds);
                set(visitor, campaignId, v.visitor());
                set(promoterVisitor, campaignId, sharer, v.visitor(), atNs);
                promoters.computeIfAbsent(sharer, p -> new long[1])[0]++;
                maxDepth = Math.max(maxDepth, nodeDepth);
                set(ledgerReferral, referralId, campaignId, atNs, day, payload.toString());
                for (int level = 0; level < 3 && paid[level] != null; level++) {
                    String account = paid[level];
                    long points = RULE[level];
                    int invited = level == 0 ? 1 : 0;
                    set(award, referralId, level + 1, account, points, campaignId, day, atNs);
                    set(entry, seq(), account, points, "REFERRAL_L" + (level + 1), campaignId, referralId, atNs);
                    set(balance, points, account);
                    long[] counter = counters.computeIfAbsent(account, a -> new long[2]);
                    counter[0] += points;
                    counter[1] += invited;
                }
            }
            set(campaignStat, campaignId, referred.size(), referred.size(), referred.size());
            set(depth, maxDepth, campaignId, maxDepth);
            for (Map.Entry<String, long[]> p : promoters.entrySet()) {
                set(promoter, campaignId, p.getKey(), p.getValue()[0], p.getValue()[0]);
                set(heat, p.getKey(), 2.0 * p.getValue()[0]);
            }
            for (Map.Entry<String, long[]> c : counters.entrySet()) {
                set(campaignCounter, campaignId, c.getKey(), c.getValue()[0], c.getValue()[1], atNs);
            }
            for (Map.Entry<String, long[]> c : counters.entrySet()) {
                set(dayCounter, day, c.getKey(), c.getValue()[0], c.getValue()[1], atNs);
            }
            batches.execute();
        }
        return referred.size();
    }

    private Map<String, Node> nodes(List<String> people) throws SQLException {
        Map<String, Node> nodes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT person_id, parent_id, depth FROM fission_node"
                + " WHERE campaign_id = ? AND person_id = ANY(?)")) {
            select.setString(1, campaignId);
            Array ids = connection.createArrayOf("varchar", people.toArray());
            select.setArray(2, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    nodes.put(rows.getString(1), new Node(rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return nodes;
    }

    /** The next ledger entry number, 50 at a time from the sequence, as Hibernate's pooled generator takes them. */
    private long seq() throws SQLException {
        if (nextSeq >= seqLimit) {
            try (PreparedStatement next = connection.prepareStatement("SELECT nextval('ledger_entry_seq')");
                    ResultSet row = next.executeQuery()) {
                row.next();
                long high = row.getLong(1);
                nextSeq = high - 49;
                seqLimit = high + 1;
            }
        }
        return nextSeq++;
    }

    private static String counter(String table, String scope) {
        return "INSERT INTO " + table + " AS c (kind, " + scope + ", subject, points, invited, reached_ns)"
                + " VALUES ('ACCOUNT', ?, ?, ?, ?, ?) ON CONFLICT (kind, " + scope + ", subject) DO UPDATE SET"
                + " points = c.points + EXCLUDED.points, invited = c.invited + EXCLUDED.invited,"
                + " reached_ns = GREATEST(c.reached_ns, EXCLUDED.reached_ns)";
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    static BigDecimal nanos(Instant at) {
        return BigDecimal.valueOf(at.getEpochSecond()).multiply(BigDecimal.valueOf(1_000_000_000L))
                .add(BigDecimal.valueOf(at.getNano()));
    }

    static String quote(String id) {
        return id.length() + "\"" + id + "\"";
    }

    /** Prepared statements executed as batches in the order they were made. */
    private static final class Batches implements AutoCloseable {
        private final Connection connection;
        private final List<PreparedStatement> statements = new ArrayList<>();

        Batches(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement of(String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            statements.add(statement);
            return statement;
        }

        void execute() throws SQLException {
            for (PreparedStatement statement : statements) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }
}
