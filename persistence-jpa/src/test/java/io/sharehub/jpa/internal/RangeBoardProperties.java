package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.points.BoardRow;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.Points;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Range boards read from the week counters ({@code ledger_week_counter}, V1_7) plus the days at
 * their ends: after random credits over five hub-zone weeks, reversals and merges, every range
 * (unaligned instants, whole single days, ranges inside one week, across week boundaries and
 * longer than a week, in a zone without and a zone with a daylight-saving change) lists exactly
 * the rows, points, invited, reachedAt, competition and dense ranks and totals of a brute-force
 * sum over the non-reversed awards in the range, on every page and for every id, and the core's
 * in-memory store agrees call by call (through a {@link TwinLedgerStore}). The week rows equal a
 * GROUP BY of the day counters, and the V1_7 script's fill makes the same rows.
 */
abstract class RangeBoardProperties {
    private static final List<String> ACCOUNTS = List.of("U1", "u1", "U1 ", "U\uD83D\uDE00", "A");
    private static final List<String> UNITS = List.of("S1", "s1");
    /** A Monday in both zones, and the first of the days credited (it and 34 days after). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final int DAYS = 35;

    /** @return the database this run is on */
    abstract TestDatabase database();

    sealed interface Op permits Credit, Reverse, Merge {
    }

    /** A credit of one to three awards on a day, at a second of that day. */
    record Credit(int day, int second, List<Award> awards) implements Op {
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

    /**
     * A range from a minute of a day to a minute of a later or the same day ({@code 0} minutes:
     * a day boundary), days counted from {@link #MONDAY} less 3.
     */
    record Span(int fromDay, int fromMinute, int days, int toMinute) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Integer> account = Arbitraries.integers().between(0, ACCOUNTS.size() - 1);
        Arbitrary<Long> points = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(4, Arbitraries.longs().between(1, 6)), Tuple.of(2, Arbitraries.longs().between(1, 1_000)));
        Arbitrary<Award> award = Combinators.combine(account, points,
                Arbitraries.integers().between(-1, UNITS.size() - 1)).as(Award::new);
        Arbitrary<Op> credit = Combinators.combine(Arbitraries.integers().between(0, DAYS - 1),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(0, 1, 86_399)),
                        Tuple.of(4, Arbitraries.integers().between(0, 86_399))),
                award.list().ofMinSize(1).ofMaxSize(3)).as(Credit::new);
        Arbitrary<Op> reverse = Arbitraries.integers().between(0, 100).map(Reverse::new);
        Arbitrary<Op> merge = Combinators.combine(account, account).as(Merge::new);
        return Arbitraries.frequencyOf(Tuple.of(10, credit), Tuple.of(2, reverse), Tuple.of(1, merge))
                .list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Span>> spans() {
        Arbitrary<Integer> minute = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 1_439)));
        Arbitrary<Integer> days = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(0, 1)),
                Tuple.of(2, Arbitraries.integers().between(2, 8)), Tuple.of(2, Arbitraries.integers().between(9, 40)));
        return Combinators.combine(Arbitraries.integers().between(0, DAYS + 2), minute, days, minute).as(Span::new)
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        // New York moves its clocks on 2026-03-08, inside the credited days: a day of 23 hours
        return Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("America/New_York"));
    }

    @Property(tries = 40)
    void rangeBoardsEqualBruteForceSums(@ForAll("ops") List<Op> ops, @ForAll("spans") List<Span> spans,
            @ForAll("zones") ZoneId zone) {
        TestInstance instance = TestInstance.shared(database());
        instance.empty();
        TwinLedgerStore twin = new TwinLedgerStore(instance.ledger);
        ShareHub hub = ShareHub.builder().zone(zone).stores(instance.stores(twin, instance.fission)).build();
        Points points = hub.points();
        List<String> credited = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof Credit credit) {
                List<ReferralAward> awards = new ArrayList<>();
                for (int i = 0; i < credit.awards().size(); i++) {
                    Award award = credit.awards().get(i);
                    awards.add(new ReferralAward(i + 1, ACCOUNTS.get(award.account()), award.points(),
                            award.unit() < 0 ? null : UNITS.get(award.unit())));
                }
                String id = "R" + credited.size();
                Instant at = MONDAY.plusDays(credit.day()).atStartOfDay(zone).toInstant().plusSeconds(credit.second());
                points.credit(ReferralCredit.of(id, "C1", at, awards));
                credited.add(id);
            } else if (op instanceof Reverse reverse && !credited.isEmpty()) {
                points.reverseReferral(credited.get(reverse.pick() % credited.size()), null);
            } else if (op instanceof Merge merge && merge.from() != merge.into()) {
                points.mergeAccounts(ACCOUNTS.get(merge.from()), ACCOUNTS.get(merge.into()));
            }
        }
        instance.tx.write(() -> {
            List<Object[]> awards = new NativeStatements(instance.tx).rows(
                    "SELECT account, unit, amount, award_level, at_ns, reversed FROM ledger_award");
            for (Span span : spans) {
                Instant from = MONDAY.minusDays(3).plusDays(span.fromDay()).atStartOfDay(zone).toInstant()
                        .plusSeconds(60L * span.fromMinute());
                Instant to = MONDAY.minusDays(3).plusDays(span.fromDay() + span.days()).atStartOfDay(zone).toInstant()
                        .plusSeconds(60L * span.toMinute());
                if (!to.isAfter(from)) {
                    to = from.plusSeconds(60);
                }
                TimeRange range = TimeRange.of(from, to);
                Leaderboard board = hub.leaderboards().range(range);
                checkBoard(board, brute(awards, range, false), ACCOUNTS, range + " accounts");
                checkBoard(board.units(), brute(awards, range, true), UNITS, range + " units");
            }
            checkWeeks(instance);
            return null;
        });
    }

    /** The rows of a range board by brute force: one per subject with points above 0, in board order, ranked. */
    private static List<BoardRow> brute(List<Object[]> awards, TimeRange range, boolean units) {
        Map<String, long[]> sums = new TreeMap<>(Ids.ORDER);
        Map<String, Instant> reached = new TreeMap<>(Ids.ORDER);
        for (Object[] award : awards) {
            String subject = NativeStatements.text(units ? award[1] : award[0]);
            Instant at = EpochNanos.instant(award[4]);
            boolean reversed = award[5] instanceof Boolean b ? b : NativeStatements.number(award[5]) != 0;
            if (subject == null || reversed || !range.contains(at)) {
                continue;
            }
            long amount = NativeStatements.number(award[2]);
            long[] sum = sums.computeIfAbsent(subject, s -> new long[2]);
            sum[0] += amount;
            sum[1] += NativeStatements.number(award[3]) == 1 ? 1 : 0;
            if (amount > 0) {
                reached.merge(subject, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<BoardRow> rows = new ArrayList<>();
        sums.forEach((subject, sum) -> {
            if (sum[0] > 0) {
                rows.add(new BoardRow(0, subject, sum[0], sum[1], reached.get(subject)));
            }
        });
        rows.sort(Comparator.comparingLong(BoardRow::points).reversed()
                .thenComparing(Comparator.comparingLong(BoardRow::invited).reversed())
                .thenComparing(BoardRow::reachedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(BoardRow::id, Ids.ORDER));
        List<BoardRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BoardRow row = rows.get(i);
            long rank = i > 0 && rows.get(i - 1).points() == row.points() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BoardRow(rank, row.id(), row.points(), row.invited(), row.reachedAt()));
        }
        return ranked;
    }

    private static void checkBoard(Leaderboard board, List<BoardRow> expected, List<String> ids, String what) {
        Page<BoardRow> all = board.page(0, 100);
        assertThat(all.items()).as(what).isEqualTo(expected);
        assertThat(all.total()).as(what + " total").isEqualTo(expected.size());
        // pages of 2: a later page takes its first row's ranks from counts above it
        for (int page = 0; page * 2 <= expected.size(); page++) {
            Page<BoardRow> two = board.page(page, 2);
            assertThat(two.items()).as(what + " page " + page)
                    .isEqualTo(expected.subList(page * 2, Math.min(page * 2 + 2, expected.size())));
            assertThat(two.total()).as(what + " total on page " + page).isEqualTo(expected.size());
        }
        List<BoardRow> dense = board.dense().top(100);
        assertThat(dense).as(what + " dense").hasSize(expected.size());
        long rank = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (i == 0 || expected.get(i - 1).points() != expected.get(i).points()) {
                rank++;
            }
            assertThat(dense.get(i)).as(what + " dense " + i).isEqualTo(new BoardRow(rank, expected.get(i).id(),
                    expected.get(i).points(), expected.get(i).invited(), expected.get(i).reachedAt()));
        }
        for (String id : ids) {
            Optional<BoardRow> mine = board.rankOf(id);
            Optional<BoardRow> brute = expected.stream().filter(r -> r.id().equals(id)).findFirst();
            assertThat(mine).as(what + " rank of " + id).isEqualTo(brute);
        }
    }

    /** The week rows are the day rows summed per week; the V1_7 fill makes the same rows. */
    private static void checkWeeks(TestInstance instance) {
        NativeStatements sql = new NativeStatements(instance.tx);
        TreeMap<String, long[]> sums = new TreeMap<>();
        TreeMap<String, Instant> reached = new TreeMap<>();
        for (Object[] row : sql.rows("SELECT kind, day_no, subject, points, invited, reached_ns FROM ledger_day_counter")) {
            String key = row[0] + "|" + Weeks.week(NativeStatements.number(row[1])) + "|" + row[2] + "|";
            long points = NativeStatements.number(row[3]);
            long invited = NativeStatements.number(row[4]);
            long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
            sum[0] += points;
            sum[1] += invited;
            Instant at = EpochNanos.instant(row[5]);
            if (at != null && (points != 0 || invited != 0)) {
                reached.merge(key, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<String> brute = new ArrayList<>();
        sums.forEach((key, sum) -> {
            if (sum[0] != 0 || sum[1] != 0 || reached.get(key) != null) {
                brute.add(key + sum[0] + "|" + sum[1] + "|" + reached.get(key));
            }
        });
        brute.sort(null);
        List<String> weeks = weeks(sql);
        assertThat(weeks).as("week counters").isEqualTo(brute);
        sql.update("DELETE FROM ledger_week_counter");
        for (SchemaScripts.Script script : SchemaScripts.load(RangeBoardProperties.class.getClassLoader(),
                instance.database.scriptFolder())) {
            if (script.name().startsWith("V1_7__")) {
                for (String statement : script.statements()) {
                    if (statement.startsWith("INSERT INTO ledger_week_counter")) {
                        sql.update(statement);
                    }
                }
            }
        }
        assertThat(weeks(sql)).as("week counters filled by V1_7").isEqualTo(weeks);
    }

    /** @return the week rows that count something, sorted as {@link #checkWeeks} lists them */
    private static List<String> weeks(NativeStatements sql) {
        List<String> rows = new ArrayList<>();
        for (Object[] row : sql.rows("SELECT kind, week_no, subject, points, invited, reached_ns FROM ledger_week_counter"
                + " WHERE points <> 0 OR invited <> 0 OR reached_ns IS NOT NULL")) {
            rows.add(row[0] + "|" + NativeStatements.number(row[1]) + "|" + row[2] + "|" + NativeStatements.number(row[3])
                    + "|" + NativeStatements.number(row[4]) + "|" + EpochNanos.instant(row[5]));
        }
        rows.sort(null);
        return rows;
    }
}
