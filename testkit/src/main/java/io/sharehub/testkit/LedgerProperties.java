package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.Ids;
import io.sharehub.InsufficientPointsException;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.points.BoardRow;
import io.sharehub.points.BoardScope;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.Points;
import io.sharehub.points.Ranking;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.store.Stores;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the points ledger and the leaderboards over random ledgers, checked against a
 * brute-force model. A store author runs them with a short subclass:
 *
 * <pre>{@code
 * class MyLedgerProperties extends LedgerProperties {
 *     @Override
 *     protected Stores stores() {
 *         return MyStores.create(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>Random ledgers mix referral credits (one to three levels, zero amounts, units or none,
 * instants over five days in Asia/Shanghai), adjustments, redemptions, reversals and account
 * merges, over ids that differ only in case, trailing space or characters above U+FFFF.
 */
public abstract class LedgerProperties {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = OffsetDateTime.parse(StorageContract.START).toInstant();
    /** Shanghai midnight at the start of {@link #START}'s day. */
    private static final Instant MIDNIGHT = START.minus(Duration.ofHours(10));
    private static final int WINDOW_MINUTES = 5 * 24 * 60;
    private static final List<String> ACCOUNTS = List.of("U1", "u1", "U1 ", "U\uE000", "U\uD83D\uDE00", "A");
    private static final List<String> UNITS = List.of("S1", "s1", "S\uD83D\uDE00");
    private static final List<String> CAMPAIGNS = List.of("C1", "C2", "C3");

    /** @return a new, empty store set; called once per try */
    protected abstract Stores stores();

    // ---------------------------------------------------------------- operations

    /** One random ledger operation. */
    public sealed interface Op permits Credit, Adjust, Redeem, Reverse, Merge {
    }

    /**
     * A referral credit.
     *
     * @param campaign the campaign's index
     * @param minutesAgo how long before the clock it happened
     * @param awards the awards, level 1 first
     * @param dailyCap the daily cap, or -1 for none
     */
    public record Credit(int campaign, int minutesAgo, List<Award> awards, int dailyCap) implements Op {
    }

    /**
     * One level of a random credit.
     *
     * @param account the account's index
     * @param amount the points
     * @param unit the unit's index, or -1 for none
     */
    public record Award(int account, long amount, int unit) {
    }

    /**
     * An adjustment.
     *
     * @param account the account's index
     * @param amount the points, not 0
     */
    public record Adjust(int account, long amount) implements Op {
    }

    /**
     * A redemption.
     *
     * @param account the account's index
     * @param amount the points
     */
    public record Redeem(int account, long amount) implements Op {
    }

    /**
     * A reversal of an earlier credit, maybe reversed already.
     *
     * @param pick which credit, modulo their number
     */
    public record Reverse(int pick) implements Op {
    }

    /**
     * An account merge.
     *
     * @param from the index of the account that goes away
     * @param into the index of the account that stays
     */
    public record Merge(int from, int into) implements Op {
    }

    /**
     * A board to check.
     *
     * @param campaign a campaign's index, or -1 for a range
     * @param fromMinutes the range's start, in minutes before the clock
     * @param lengthMinutes the range's length in minutes
     * @param units whether units are ranked
     */
    public record Query(int campaign, int fromMinutes, int lengthMinutes, boolean units) {
    }

    @Provide
    Arbitrary<List<Op>> ledgers() {
        Arbitrary<Integer> account = Arbitraries.integers().between(0, ACCOUNTS.size() - 1);
        Arbitrary<Award> award = Combinators.combine(account,
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)), Tuple.of(4, Arbitraries.longs().between(1, 20))),
                Arbitraries.integers().between(-1, UNITS.size() - 1)).as(Award::new);
        Arbitrary<Op> credit = Combinators.combine(Arbitraries.integers().between(0, CAMPAIGNS.size() - 1), minutes(),
                award.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 30))))
                .as(Credit::new);
        Arbitrary<Op> adjust = Combinators.combine(account, Arbitraries.longs().between(-40, 40).filter(a -> a != 0))
                .as(Adjust::new);
        Arbitrary<Op> redeem = Combinators.combine(account, Arbitraries.longs().between(1, 40)).as(Redeem::new);
        Arbitrary<Op> reverse = Arbitraries.integers().between(0, 100).map(Reverse::new);
        Arbitrary<Op> merge = Combinators.combine(account, account).as(Merge::new);
        return Arbitraries.frequencyOf(Tuple.of(8, credit), Tuple.of(2, adjust), Tuple.of(2, redeem), Tuple.of(2, reverse),
                Tuple.of(1, merge)).list().ofMaxSize(40);
    }

    /** Minutes before the clock, often on a Shanghai midnight so that day edges are hit exactly. */
    private static Arbitrary<Integer> minutes() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, WINDOW_MINUTES);
        Arbitrary<Integer> midnight = Arbitraries.integers().between(0, 4).map(d -> 10 * 60 + d * 24 * 60);
        return Arbitraries.frequencyOf(Tuple.of(4, any), Tuple.of(1, midnight));
    }

    @Provide
    Arbitrary<List<Query>> queries() {
        return Combinators.combine(Arbitraries.integers().between(-1, CAMPAIGNS.size() - 1), minutes(),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(1, Arbitraries.of(24 * 60, 48 * 60)),
                        Tuple.of(4, Arbitraries.integers().between(1, WINDOW_MINUTES + 10))),
                Arbitraries.of(true, false)).as(Query::new).list().ofMinSize(1).ofMaxSize(6);
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 150)
    void balanceIsTheSumOfEntriesAndNeverNegative(@ForAll("ledgers") List<Op> ops) {
        Run run = new Run();
        run.apply(ops);
        for (String account : ACCOUNTS) {
            long balance = run.points.balance(account);
            List<LedgerEntry> entries = new ArrayList<>();
            for (int page = 0; ; page++) {
                Page<LedgerEntry> slice = run.points.entries(account, page, 7);
                entries.addAll(slice.items());
                if (!slice.hasNext()) {
                    break;
                }
            }
            assertThat(balance).as(account).isNotNegative()
                    .isEqualTo(entries.stream().mapToLong(LedgerEntry::amount).sum())
                    .isEqualTo(run.model.balance(account));
            assertThat(run.points.debt(account)).as(account).isEqualTo(run.model.debt(account));
            assertThat(balance == 0 || run.points.debt(account) == 0).as("an account with debt has no balance").isTrue();
            assertThat(entries).as(account).isSortedAccordingTo(Comparator.comparing(LedgerEntry::instant)
                    .thenComparingLong(LedgerEntry::sequence).reversed());
            for (int day = 0; day <= 5; day++) {
                LocalDate date = LocalDate.ofInstant(MIDNIGHT, ZONE).minusDays(day);
                assertThat(run.points.earnedOn(account, date)).as(account + " on " + date)
                        .isEqualTo(run.model.earnedOn(account, date));
            }
        }
    }

    @Property(tries = 150)
    void everyBoardAndRankEqualsABruteForceRanking(@ForAll("ledgers") List<Op> ops,
            @ForAll("queries") List<Query> queries) {
        Run run = new Run();
        run.apply(ops);
        for (Query query : queries) {
            BoardSubject subject = query.units() ? BoardSubject.UNITS : BoardSubject.ACCOUNTS;
            BoardScope scope;
            if (query.campaign() >= 0) {
                scope = new BoardScope(CAMPAIGNS.get(query.campaign()), null, subject);
            } else {
                Instant from = START.minus(Duration.ofMinutes(query.fromMinutes()));
                scope = new BoardScope(null, TimeRange.of(from, from.plus(Duration.ofMinutes(query.lengthMinutes()))),
                        subject);
            }
            checkBoard(run, run.hub.leaderboards().of(scope), run.model.board(scope));
        }
        checkBoard(run, run.hub.leaderboards().today(), run.model.board(run.hub.leaderboards().today().scope()));
        checkBoard(run, run.hub.leaderboards().thisWeek().units(),
                run.model.board(run.hub.leaderboards().thisWeek().units().scope()));
    }

    private static void checkBoard(Run run, Leaderboard board, List<BoardRow> expected) {
        for (Ranking ranking : Ranking.values()) {
            Leaderboard ranked = board.ranked(ranking);
            List<BoardRow> want = ranking == Ranking.DENSE ? Model.dense(expected) : expected;
            Page<BoardRow> all = ranked.page(0, Page.MAX_SIZE);
            assertThat(all.items()).as(ranked.toString()).isEqualTo(want);
            assertThat(all.total()).isEqualTo(want.size());
            List<BoardRow> paged = new ArrayList<>();
            for (int page = 0; page * 3 < want.size() + 3; page++) {
                Page<BoardRow> slice = ranked.page(page, 3);
                assertThat(slice.total()).isEqualTo(want.size());
                paged.addAll(slice.items());
            }
            assertThat(paged).as(ranked + " paged by 3").isEqualTo(want);
            Map<String, BoardRow> byId = new HashMap<>();
            want.forEach(row -> byId.put(row.id(), row));
            for (String id : board.scope().subject() == BoardSubject.UNITS ? UNITS : ACCOUNTS) {
                assertThat(ranked.rankOf(id).orElse(null)).as(ranked + " rank of " + id).isEqualTo(byId.get(id));
            }
        }
    }

    // ---------------------------------------------------------------- the run and the model

    /** One try: a hub over fresh stores, and the model it must agree with. */
    private final class Run {
        final MutableClock clock = MutableClock.at(START);
        final ShareHub hub = ShareHub.builder().stores(stores()).clock(clock).zone(ZONE).build();
        final Points points = hub.points();
        final Model model = new Model();

        void apply(List<Op> ops) {
            for (Op op : ops) {
                if (op instanceof Credit credit) {
                    credit(credit);
                } else if (op instanceof Adjust adjust) {
                    String account = ACCOUNTS.get(adjust.account());
                    String key = "k" + model.keys++;
                    if (adjust.amount() < 0 && model.balance(account) < -adjust.amount()) {
                        assertThatThrownBy(() -> points.adjust(account, adjust.amount(), key, null, null))
                                .isInstanceOf(InsufficientPointsException.class);
                    } else {
                        points.adjust(account, adjust.amount(), key, null, null);
                        model.add(account, adjust.amount());
                    }
                } else if (op instanceof Redeem redeem) {
                    String account = ACCOUNTS.get(redeem.account());
                    String key = "k" + model.keys++;
                    if (model.balance(account) < redeem.amount()) {
                        assertThatThrownBy(() -> points.redeem(account, redeem.amount(), key, null, null))
                                .isInstanceOf(InsufficientPointsException.class);
                    } else {
                        points.redeem(account, redeem.amount(), key, null, null);
                        model.add(account, -redeem.amount());
                    }
                } else if (op instanceof Reverse reverse) {
                    if (!model.referrals.isEmpty()) {
                        String referralId = new ArrayList<>(model.referrals.keySet())
                                .get(reverse.pick() % model.referrals.size());
                        points.reverseReferral(referralId, null);
                        model.reverse(referralId);
                    }
                } else if (op instanceof Merge merge) {
                    if (merge.from() != merge.into()) {
                        points.mergeAccounts(ACCOUNTS.get(merge.from()), ACCOUNTS.get(merge.into()));
                        model.merge(ACCOUNTS.get(merge.from()), ACCOUNTS.get(merge.into()));
                    }
                }
            }
        }

        private void credit(Credit credit) {
            String referralId = "R" + model.referrals.size();
            Instant instant = START.minus(Duration.ofMinutes(credit.minutesAgo()));
            String campaignId = CAMPAIGNS.get(credit.campaign());
            List<ReferralAward> awards = new ArrayList<>();
            for (int i = 0; i < credit.awards().size(); i++) {
                Award award = credit.awards().get(i);
                awards.add(new ReferralAward(i + 1, ACCOUNTS.get(award.account()), award.amount(),
                        award.unit() < 0 ? null : UNITS.get(award.unit())));
            }
            ReferralCredit given = ReferralCredit.of(referralId, campaignId, instant, awards);
            points.credit(credit.dailyCap() < 0 ? given : given.withDailyCap(credit.dailyCap()));
            model.credit(referralId, campaignId, instant, awards, credit.dailyCap());
        }
    }

    /** The ledger's rules, written the plain way. */
    private static final class Model {
        final Map<String, long[]> accounts = new HashMap<>();
        final Map<String, List<ModelAward>> referrals = new LinkedHashMap<>();
        final Set<String> reversed = new TreeSet<>();
        int keys;

        long balance(String account) {
            return accounts.getOrDefault(account, new long[2])[0];
        }

        long debt(String account) {
            return accounts.getOrDefault(account, new long[2])[1];
        }

        void add(String account, long amount) {
            long[] state = accounts.computeIfAbsent(account, a -> new long[2]);
            state[0] += amount;
            if (amount > 0) {
                long repay = Math.min(amount, state[1]);
                state[0] -= repay;
                state[1] -= repay;
            }
        }

        void credit(String referralId, String campaignId, Instant instant, List<ReferralAward> awards, long cap) {
            List<ModelAward> recorded = new ArrayList<>();
            referrals.put(referralId, recorded);
            for (ReferralAward award : awards) {
                long amount = award.amount();
                if (cap >= 0) {
                    long earned = earnedOn(award.account(), LocalDate.ofInstant(instant, ZONE));
                    amount = Math.min(amount, Math.max(0, cap - earned));
                }
                if (amount > 0) {
                    add(award.account(), amount);
                }
                if (award.level() == 1 || amount > 0) {
                    recorded.add(new ModelAward(award.level(), award.account(), amount, award.unit(), campaignId,
                            instant));
                }
            }
        }

        void reverse(String referralId) {
            if (!reversed.add(referralId)) {
                return;
            }
            for (ModelAward award : referrals.get(referralId)) {
                long[] state = accounts.computeIfAbsent(award.account, a -> new long[2]);
                long taken = Math.min(award.amount, state[0]);
                state[0] -= taken;
                state[1] += award.amount - taken;
            }
        }

        void merge(String from, String into) {
            long[] source = accounts.computeIfAbsent(from, a -> new long[2]);
            long[] target = accounts.computeIfAbsent(into, a -> new long[2]);
            target[0] += source[0];
            target[1] += source[1];
            source[0] = 0;
            source[1] = 0;
            long settle = Math.min(target[0], target[1]);
            target[0] -= settle;
            target[1] -= settle;
            referrals.values().forEach(awards -> awards.forEach(a -> {
                if (a.account.equals(from)) {
                    a.account = into;
                }
            }));
        }

        long earnedOn(String account, LocalDate day) {
            long sum = 0;
            for (Map.Entry<String, List<ModelAward>> referral : referrals.entrySet()) {
                for (ModelAward award : referral.getValue()) {
                    if (!reversed.contains(referral.getKey()) && award.account.equals(account)
                            && LocalDate.ofInstant(award.instant, ZONE).equals(day)) {
                        sum += award.amount;
                    }
                }
            }
            return sum;
        }

        /** The board of a scope by brute force: every award, grouped, sorted, ranked. */
        List<BoardRow> board(BoardScope scope) {
            Map<String, Object[]> rows = new HashMap<>();
            for (Map.Entry<String, List<ModelAward>> referral : referrals.entrySet()) {
                if (reversed.contains(referral.getKey())) {
                    continue;
                }
                for (ModelAward award : referral.getValue()) {
                    boolean inScope = scope.isCampaign() ? award.campaignId.equals(scope.campaignId())
                            : scope.range().contains(award.instant);
                    String id = scope.subject() == BoardSubject.UNITS ? award.unit : award.account;
                    if (!inScope || id == null) {
                        continue;
                    }
                    Object[] row = rows.computeIfAbsent(id, k -> new Object[] {0L, 0L, null});
                    row[0] = (Long) row[0] + award.amount;
                    row[1] = (Long) row[1] + (award.level == 1 ? 1 : 0);
                    if (award.amount > 0 && (row[2] == null || award.instant.isAfter((Instant) row[2]))) {
                        row[2] = award.instant;
                    }
                }
            }
            List<BoardRow> listed = new ArrayList<>();
            rows.forEach((id, row) -> {
                if ((Long) row[0] > 0) {
                    listed.add(new BoardRow(0, id, (Long) row[0], (Long) row[1], (Instant) row[2]));
                }
            });
            listed.sort(Comparator.comparingLong(BoardRow::points).reversed()
                    .thenComparing(Comparator.comparingLong(BoardRow::invited).reversed())
                    .thenComparing(BoardRow::reachedAt)
                    .thenComparing(BoardRow::id, Ids.ORDER));
            List<BoardRow> ranked = new ArrayList<>();
            for (BoardRow row : listed) {
                long higher = listed.stream().filter(r -> r.points() > row.points()).count();
                ranked.add(new BoardRow(higher + 1, row.id(), row.points(), row.invited(), row.reachedAt()));
            }
            return ranked;
        }

        static List<BoardRow> dense(List<BoardRow> rows) {
            List<BoardRow> out = new ArrayList<>();
            for (BoardRow row : rows) {
                long higher = rows.stream().filter(r -> r.points() > row.points()).map(BoardRow::points).distinct().count();
                out.add(new BoardRow(higher + 1, row.id(), row.points(), row.invited(), row.reachedAt()));
            }
            return out;
        }
    }

    private static final class ModelAward {
        final int level;
        String account;
        final long amount;
        final String unit;
        final String campaignId;
        final Instant instant;

        ModelAward(int level, String account, long amount, String unit, String campaignId, Instant instant) {
            this.level = level;
            this.account = account;
            this.amount = amount;
            this.unit = unit;
            this.campaignId = campaignId;
            this.instant = instant;
        }
    }
}
