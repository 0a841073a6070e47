package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.Points;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.CounterDelta;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.CounterKind;
import io.sharehub.points.spi.RankedRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The campaign boards' histograms ({@code ledger_campaign_points}, {@code ledger_campaign_bucket})
 * after random credits, reversals, merges and raw counter batches (repeated keys, negative points,
 * campaign and day counters mixed): every rank, dense rank and total the JPA store derives from
 * them equals a brute-force count over the counter rows (and, through a {@link TwinLedgerStore},
 * the in-memory store's answer); the histogram rows equal a GROUP BY of the counters; and the
 * V1_6 script's statements that fill the histogram from existing counters make the same rows.
 * Points mix small values (a bucket each) with values from 500 up, near 2^29 (credits) and near
 * 2^40 (raw batches), where several values share a bucket, so ranks need the exact rows of their
 * own bucket.
 */
abstract class CampaignBoardProperties {
    private static final List<String> ACCOUNTS = List.of("U1", "u1", "U1 ", "U\uD83D\uDE00", "A");
    private static final List<String> UNITS = List.of("S1", "s1");
    private static final List<String> CAMPAIGNS = List.of("C1", "C2");
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    /** @return the database this run is on */
    abstract TestDatabase database();

    sealed interface Op permits Credit, Reverse, Merge, Raw {
    }

    /** A credit of one to three awards in a campaign. */
    record Credit(int campaign, List<Award> awards) implements Op {
    }

    /** One award: account, points, unit (or -1). */
    record Award(int account, long points, int unit) {
    }

    /** A reversal of the {@code pick}-th credit so far (modulo). */
    record Reverse(int pick) implements Op {
    }

    /** A merge of two accounts. */
    record Merge(int from, int into) implements Op {
    }

    /** Counter deltas straight to the store in one call, keys repeated and unsorted. */
    record Raw(List<Delta> deltas) implements Op {
    }

    /** One raw delta. */
    record Delta(int kind, int scope, int subject, long points, long invited, boolean reached) {
    }

    private static Arbitrary<Long> points() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.longs().between(1, 20)),
                // the edges of the first buckets wider than one value: 512-513, ..., 1020-1023, 1024-1027
                Tuple.of(2, Arbitraries.of(510L, 511L, 512L, 513L, 514L, 1021L, 1022L, 1023L, 1024L, 1027L, 1028L)),
                Tuple.of(4, Arbitraries.longs().between(500, 3_000)),
                Tuple.of(2, Arbitraries.longs().between((1L << 29) - 3_000, (1L << 29) + 3_000)));
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Integer> account = Arbitraries.integers().between(0, ACCOUNTS.size() - 1);
        Arbitrary<Award> award = Combinators.combine(account, points(),
                Arbitraries.integers().between(-1, UNITS.size() - 1)).as(Award::new);
        Arbitrary<Op> credit = Combinators.combine(Arbitraries.integers().between(0, CAMPAIGNS.size() - 1),
                award.list().ofMinSize(1).ofMaxSize(3)).as(Credit::new);
        Arbitrary<Op> reverse = Arbitraries.integers().between(0, 100).map(Reverse::new);
        Arbitrary<Op> merge = Combinators.combine(account, account).as(Merge::new);
        Arbitrary<Delta> delta = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, CAMPAIGNS.size() - 1), Arbitraries.integers().between(0, 4),
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.longs().between(-3_000, 3_000)),
                        Tuple.of(1, Arbitraries.longs().between((1L << 40) - 3_000, (1L << 40) + 3_000))),
                Arbitraries.longs().between(-1, 2), Arbitraries.of(true, false))
                .as(Delta::new);
        Arbitrary<Op> raw = delta.list().ofMinSize(1).ofMaxSize(12).map(Raw::new);
        return Arbitraries.frequencyOf(Tuple.of(6, credit), Tuple.of(2, reverse), Tuple.of(2, merge), Tuple.of(2, raw))
                .list().ofMaxSize(30);
    }

    @Property(tries = 60)
    void histogramRanksAndTotalsEqualBruteForce(@ForAll("ops") List<Op> ops) {
        TestInstance instance = TestInstance.shared(database());
        instance.empty();
        TwinLedgerStore twin = new TwinLedgerStore(instance.ledger);
        Points points = ShareHub.builder().stores(instance.stores(twin, instance.fission)).build().points();
        List<String> credited = new ArrayList<>();
        int seconds = 0;
        for (Op op : ops) {
            if (op instanceof Credit credit) {
                List<ReferralAward> awards = new ArrayList<>();
                for (int i = 0; i < credit.awards().size(); i++) {
                    Award award = credit.awards().get(i);
                    awards.add(new ReferralAward(i + 1, ACCOUNTS.get(award.account()), award.points(),
                            award.unit() < 0 ? null : UNITS.get(award.unit())));
                }
                String id = "R" + credited.size();
                points.credit(ReferralCredit.of(id, CAMPAIGNS.get(credit.campaign()), START.plusSeconds(seconds++),
                        awards));
                credited.add(id);
            } else if (op instanceof Reverse reverse && !credited.isEmpty()) {
                points.reverseReferral(credited.get(reverse.pick() % credited.size()), null);
            } else if (op instanceof Merge merge && merge.from() != merge.into()) {
                points.mergeAccounts(ACCOUNTS.get(merge.from()), ACCOUNTS.get(merge.into()));
            } else if (op instanceof Raw raw) {
                List<CounterDelta> deltas = new ArrayList<>();
                for (Delta d : raw.deltas()) {
                    CounterKind kind = CounterKind.values()[d.kind()];
                    String subject = (kind.perUnit() ? UNITS : ACCOUNTS).get(d.subject() % (kind.perUnit() ? 2 : 5));
                    CounterKey key = kind.perCampaign() ? CounterKey.ofCampaign(kind, CAMPAIGNS.get(d.scope()), subject)
                            : CounterKey.ofDay(kind, 20_514 + d.scope(), subject);
                    deltas.add(new CounterDelta(key, d.points(), d.invited(),
                            d.reached() ? START.plusSeconds(seconds++) : null));
                }
                write(instance, () -> {
                    twin.applyCounters(deltas);
                    return null;
                });
            }
        }
        write(instance, () -> {
            check(instance, twin);
            return null;
        });
    }

    private static <T> T write(TestInstance instance, Supplier<T> work) {
        return instance.tx.write(work);
    }

    private static void check(TestInstance instance, TwinLedgerStore twin) {
        NativeStatements sql = new NativeStatements(instance.tx);
        for (String campaign : CAMPAIGNS) {
            for (BoardSubject subject : BoardSubject.values()) {
                String kind = subject == BoardSubject.UNITS ? "UNIT" : "ACCOUNT";
                List<Long> listed = new ArrayList<>();
                sql.rows("SELECT points FROM ledger_campaign_counter WHERE kind = ? AND campaign_id = ? AND points > 0",
                        kind, campaign).forEach(row -> listed.add(NativeStatements.number(row[0])));
                BoardSource source = BoardSource.campaign(subject, campaign);
                BoardSlice all = twin.board(source, 0, 1_000);
                assertThat(all.total()).as("total of " + source).isEqualTo(listed.size());
                assertThat(all.rows()).hasSize(listed.size());
                for (RankedRow row : all.rows()) {
                    assertRanks(listed, row);
                }
                for (int offset = 0; offset <= listed.size() + 1; offset++) {
                    BoardSlice two = twin.board(source, offset, 2);
                    assertThat(two.rows()).as(source + " from " + offset)
                            .isEqualTo(all.rows().subList(Math.min(offset, listed.size()),
                                    Math.min(offset + 2, listed.size())));
                    assertThat(two.total()).as(source + " total from " + offset)
                            .isEqualTo(offset > 0 || !two.rows().isEmpty() ? listed.size() : 0);
                }
                for (String id : subject == BoardSubject.UNITS ? UNITS : ACCOUNTS) {
                    Optional<RankedRow> row = twin.boardRow(source, id);
                    row.ifPresent(r -> assertRanks(listed, r));
                }
            }
        }
        List<String> points = table(sql, "ledger_campaign_points", "points, listed");
        List<String> buckets = table(sql, "ledger_campaign_bucket", "bucket, listed, distinct_points");
        assertThat(points).as("points histogram").isEqualTo(bruteHistogram(sql, false));
        assertThat(buckets).as("bucket histogram").isEqualTo(bruteHistogram(sql, true));
        // the upgrade's statements fill the same histogram from the counters
        sql.update("DELETE FROM ledger_campaign_points");
        sql.update("DELETE FROM ledger_campaign_bucket");
        for (SchemaScripts.Script script : SchemaScripts.load(CampaignBoardProperties.class.getClassLoader(),
                instance.database.scriptFolder())) {
            if (script.name().startsWith("V1_6__")) {
                for (String statement : script.statements()) {
                    if (statement.startsWith("INSERT INTO ledger_campaign_")) {
                        sql.update(statement);
                    }
                }
            }
        }
        assertThat(table(sql, "ledger_campaign_points", "points, listed")).as("points filled by V1_6").isEqualTo(points);
        assertThat(table(sql, "ledger_campaign_bucket", "bucket, listed, distinct_points")).as("buckets filled by V1_6")
                .isEqualTo(buckets);
    }

    private static void assertRanks(List<Long> listed, RankedRow row) {
        long above = listed.stream().filter(p -> p > row.points()).count();
        long distinctAbove = listed.stream().filter(p -> p > row.points()).distinct().count();
        assertThat(row.rank()).as("rank of " + row).isEqualTo(above + 1);
        assertThat(row.denseRank()).as("dense rank of " + row).isEqualTo(distinctAbove + 1);
    }

    private static List<String> table(NativeStatements sql, String table, String columns) {
        List<String> rows = new ArrayList<>();
        for (Object[] row : sql.rows("SELECT kind, campaign_id, " + columns + " FROM " + table)) {
            StringBuilder line = new StringBuilder();
            for (Object value : row) {
                line.append(value instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(value)).append('|');
            }
            rows.add(line.toString());
        }
        rows.sort(null);
        return rows;
    }

    /**
     * @return the histogram rows the counters call for, as {@link #table} lists them (with buckets,
     *     bucket 0 holds a board's listed rows)
     */
    private static List<String> bruteHistogram(NativeStatements sql, boolean buckets) {
        TreeMap<String, long[]> cells = new TreeMap<>();
        Map<String, Boolean> seen = new TreeMap<>();
        for (Object[] row : sql.rows("SELECT kind, campaign_id, points FROM ledger_campaign_counter WHERE points > 0")) {
            long points = NativeStatements.number(row[2]);
            String board = row[0] + "|" + row[1] + "|";
            String cell = board + (buckets ? CampaignBuckets.bucket(points) : points) + "|";
            long[] counts = cells.computeIfAbsent(cell, c -> new long[2]);
            counts[0]++;
            if (seen.put(board + points, true) == null) {
                counts[1]++;
            }
            if (buckets) {
                cells.computeIfAbsent(board + "0|", c -> new long[2])[0]++;
            }
        }
        List<String> rows = new ArrayList<>();
        cells.forEach((cell, counts) -> rows.add(cell + counts[0] + "|" + (buckets ? counts[1] + "|" : "")));
        rows.sort(null);
        return rows;
    }
}
