package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.Ids;
import io.sharehub.InsufficientPointsException;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.UnknownEntityException;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.Share;
import io.sharehub.fission.spi.CampaignCounts;
import io.sharehub.fission.spi.PromoterCounts;
import io.sharehub.points.BoardRow;
import io.sharehub.points.BoardScope;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.LedgerOutcome;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.spi.AwardRecord;
import io.sharehub.points.spi.ReferralRecord;
import io.sharehub.testkit.Concurrently;
import io.sharehub.testkit.MutableClock;
import io.sharehub.testkit.StorageContract;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two application instances (two entity manager factories) over one database, many threads each:
 * the ledger through the core's own {@code Points} and {@code Leaderboards}, fission through its
 * port. Everything must add up exactly afterwards.
 */
abstract class ConcurrencyScenarios {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = java.time.OffsetDateTime.parse(StorageContract.START).toInstant();
    private static final List<String> CAMPAIGNS = List.of("C1", "C2", "C\uD83D\uDE00");
    private static final List<String> ACCOUNTS = List.of("A0", "A1", "a1", "A1 ", "A\uD83D\uDE00", "A\uE000");
    private static final List<String> UNITS = List.of("S1", "s1");

    TestInstance first;
    TestInstance second;

    /** @return the database this run is on */
    abstract TestDatabase database();

    /** @return how many operations each of the sixteen threads makes */
    abstract int operationsPerThread();

    @BeforeEach
    void openTwoInstances() {
        first = TestInstance.shared(database());
        first.empty();
        second = first.twin();
    }

    @AfterEach
    void closeSecond() {
        second.close();
    }

    static ShareHub hub(TestInstance instance) {
        return ShareHub.builder().stores(instance.stores()).clock(MutableClock.at(StorageContract.START)).zone(ZONE)
                .build();
    }

    /** The fixed credit of referral {@code k}: one to three levels over a few accounts, some with units. */
    static ReferralCredit credit(int k) {
        Random random = new Random(k);
        List<ReferralAward> awards = new ArrayList<>();
        int levels = 1 + random.nextInt(3);
        Set<String> used = new HashSet<>();
        for (int level = 1; level <= levels; level++) {
            String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
            if (!used.add(account)) {
                break;
            }
            long amount = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(20);
            awards.add(new ReferralAward(level, account, amount,
                    random.nextBoolean() ? UNITS.get(random.nextInt(UNITS.size())) : null));
        }
        return ReferralCredit.of("R" + k, CAMPAIGNS.get(k % CAMPAIGNS.size()), NOW.minusSeconds(60L * k).minusNanos(k),
                awards);
    }

    @Test
    @DisplayName("two instances, 8 threads each, crediting, redeeming, reversing and merging: every total adds up")
    void twoInstancesRaceOverTheLedger() {
        ShareHub one = hub(first);
        ShareHub two = hub(second);
        long granted = 0;
        for (String account : ACCOUNTS) {
            one.points().adjust(account, 40, "grant-" + account, null, null);
            granted += 40;
        }
        int referrals = 30;
        AtomicLong redeemed = new AtomicLong();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        Concurrently.run(16, thread -> {
            ShareHub hub = thread % 2 == 0 ? one : two;
            Random random = new Random(1000 + thread);
            for (int i = 0; i < operationsPerThread(); i++) {
                int pick = random.nextInt(100);
                try {
                    if (pick < 50) {
                        hub.points().credit(credit(random.nextInt(referrals)));
                    } else if (pick < 70) {
                        long amount = 1 + random.nextInt(30);
                        hub.points().redeem(ACCOUNTS.get(random.nextInt(ACCOUNTS.size())), amount,
                                "redeem-" + thread + "-" + i, null, null);
                        redeemed.addAndGet(amount);
                    } else if (pick < 85) {
                        hub.points().reverseReferral("R" + random.nextInt(referrals), null);
                    } else {
                        int j = 1 + random.nextInt(ACCOUNTS.size() - 1);
                        hub.points().mergeAccounts(ACCOUNTS.get(j), ACCOUNTS.get(random.nextInt(j)));
                    }
                } catch (InsufficientPointsException | UnknownEntityException expected) {
                    failures.merge(expected.getClass().getSimpleName(), 1, Integer::sum);
                }
            }
            return null;
        });

        List<ReferralRecord> recorded = recorded(referrals);
        long credited = 0;
        long reversed = 0;
        for (ReferralRecord referral : recorded) {
            List<LedgerEntry> entries = first.tx.read(() -> first.ledger.entriesOfReferral(referral.referralId()));
            long paid = referral.awards().stream().filter(a -> a.amount() > 0).count();
            assertThat(entries.stream().filter(e -> e.reason().isReferral()).count())
                    .as("%s paid once", referral.referralId()).isEqualTo(paid);
            long awarded = referral.awards().stream().mapToLong(AwardRecord::amount).sum();
            credited += awarded;
            if (referral.reversed()) {
                reversed += awarded;
                assertThat(referral.awards()).allSatisfy(a -> assertThat(a.taken() + a.debtAdded()).isEqualTo(a.amount()));
                assertThat(entries.stream().filter(e -> e.reason() == EntryReason.REVERSAL).mapToLong(LedgerEntry::amount)
                        .sum()).isEqualTo(-referral.awards().stream().mapToLong(AwardRecord::taken).sum());
            }
        }
        long net = 0;
        for (String account : ACCOUNTS) {
            long balance = one.points().balance(account);
            long debt = two.points().debt(account);
            assertThat(balance).as("balance of %s", account).isNotNegative().isEqualTo(sumOfEntries(one, account));
            assertThat(debt).as("debt of %s", account).isNotNegative();
            assertThat(balance == 0 || debt == 0).as("%s has debt and a balance", account).isTrue();
            net += balance - debt;
        }
        assertThat(net).as("grants + awards - reversed awards - redemptions").isEqualTo(granted + credited - reversed
                - redeemed.get());
        assertBoardsRecount(one, two, recorded);
        assertThat(failures.keySet()).as("some redemptions or early reversals were refused, as they should be")
                .isNotEmpty();
    }

    @Test
    @DisplayName("two instances reverse referrals while merging the accounts that hold them: no board counts a reversed award")
    void reversalsRaceMerges() {
        ShareHub one = hub(first);
        ShareHub two = hub(second);
        int referrals = 60;
        Concurrently.run(16, thread -> {
            ShareHub hub = thread % 2 == 0 ? one : two;
            Random random = new Random(3000 + thread);
            for (int i = 0; i < operationsPerThread(); i++) {
                int pick = random.nextInt(100);
                try {
                    if (pick < 40) {
                        hub.points().credit(credit(random.nextInt(referrals)));
                    } else if (pick < 70) {
                        // two thirds of the referrals only, so that the boards keep the others' awards
                        hub.points().reverseReferral("R" + random.nextInt(referrals * 2 / 3), null);
                    } else {
                        // back and forth between neighbours, so that accounts keep getting awards to move
                        int j = random.nextInt(ACCOUNTS.size() - 1);
                        boolean down = random.nextBoolean();
                        hub.points().mergeAccounts(ACCOUNTS.get(down ? j + 1 : j), ACCOUNTS.get(down ? j : j + 1));
                    }
                } catch (UnknownEntityException expected) {
                    // a reversal of a referral not credited yet
                }
            }
            return null;
        });
        List<ReferralRecord> recorded = recorded(referrals);
        assertThat(recorded).as("credited, some reversed, some not").anyMatch(ReferralRecord::reversed)
                .anyMatch(r -> !r.reversed());
        assertBoardsRecount(one, two, recorded);
    }

    /** @return every referral R0 … R{n-1} as the store recorded it */
    private List<ReferralRecord> recorded(int referrals) {
        return first.tx.read(() -> {
            List<ReferralRecord> out = new ArrayList<>();
            for (int k = 0; k < referrals; k++) {
                first.ledger.referral("R" + k).ifPresent(out::add);
            }
            return out;
        });
    }

    /** Every campaign board (through one instance) and the day's range board (through the other) equal their recount. */
    private static void assertBoardsRecount(ShareHub one, ShareHub two, List<ReferralRecord> recorded) {
        for (String campaign : CAMPAIGNS) {
            for (BoardSubject subject : BoardSubject.values()) {
                BoardScope scope = new BoardScope(campaign, null, subject);
                assertThat(one.leaderboards().of(scope).page(0, 1000).items()).as("%s", scope)
                        .isEqualTo(recount(recorded, campaign, subject));
            }
        }
        for (BoardSubject subject : BoardSubject.values()) {
            BoardScope range = new BoardScope(null, TimeRange.of(NOW.minusSeconds(3600 * 24), NOW.plusSeconds(1)),
                    subject);
            assertThat(two.leaderboards().of(range).page(0, 1000).items()).as("%s", range)
                    .isEqualTo(recount(recorded, null, subject));
        }
    }

    private static long sumOfEntries(ShareHub hub, String account) {
        long sum = 0;
        for (int page = 0; ; page++) {
            Page<LedgerEntry> slice = hub.points().entries(account, page, 1000);
            sum += slice.items().stream().mapToLong(LedgerEntry::amount).sum();
            if (!slice.hasNext()) {
                return sum;
            }
        }
    }

    /** A board recounted from the referral records: non-reversed awards by their current holder. */
    private static List<BoardRow> recount(List<ReferralRecord> referrals, String campaign, BoardSubject subject) {
        Map<String, long[]> sums = new HashMap<>();
        Map<String, Instant> reached = new HashMap<>();
        for (ReferralRecord referral : referrals) {
            if (referral.reversed() || campaign != null && !campaign.equals(referral.campaignId())) {
                continue;
            }
            for (AwardRecord award : referral.awards()) {
                String id = subject == BoardSubject.UNITS ? award.unit() : award.account();
                if (id == null) {
                    continue;
                }
                long[] sum = sums.computeIfAbsent(id, k -> new long[2]);
                sum[0] += award.amount();
                sum[1] += award.level() == 1 ? 1 : 0;
                if (award.amount() > 0 && (reached.get(id) == null || referral.instant().isAfter(reached.get(id)))) {
                    reached.put(id, referral.instant());
                }
            }
        }
        List<BoardRow> rows = new ArrayList<>();
        sums.forEach((id, sum) -> {
            if (sum[0] > 0) {
                rows.add(new BoardRow(0, id, sum[0], sum[1], reached.get(id)));
            }
        });
        rows.sort(Comparator.comparingLong(BoardRow::points).reversed()
                .thenComparing(Comparator.comparingLong(BoardRow::invited).reversed())
                .thenComparing(BoardRow::reachedAt).thenComparing(BoardRow::id, Ids.ORDER));
        List<BoardRow> ranked = new ArrayList<>();
        for (BoardRow row : rows) {
            long above = rows.stream().filter(r -> r.points() > row.points()).count();
            ranked.add(new BoardRow(above + 1, row.id(), row.points(), row.invited(), row.reachedAt()));
        }
        return ranked;
    }

    @Test
    @DisplayName("two instances credit the same two accounts in opposite level orders 200 times: no deadlock reaches the caller")
    void oppositeOrders() {
        ShareHub one = hub(first);
        ShareHub two = hub(second);
        int rounds = 200;
        List<List<LedgerOutcome>> outcomes = Concurrently.run(2, thread -> {
            ShareHub hub = thread == 0 ? one : two;
            List<LedgerOutcome> mine = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                String high = thread == 0 ? "P" : "Q";
                String low = thread == 0 ? "Q" : "P";
                mine.add(hub.points().credit(ReferralCredit.of("O" + thread + "-" + i, "C1", NOW.minusNanos(i),
                        new ReferralAward(1, high, 10, "S1"), new ReferralAward(2, low, 3, "S1"))));
            }
            return mine;
        });
        assertThat(outcomes).allSatisfy(list -> assertThat(list).hasSize(rounds));
        assertThat(one.points().balance("P")).isEqualTo(rounds * 13L);
        assertThat(two.points().balance("Q")).isEqualTo(rounds * 13L);
        assertThat(one.leaderboards().campaign("C1").page(0, 10).items())
                .extracting(BoardRow::id, BoardRow::points, BoardRow::invited)
                .containsExactly(org.assertj.core.api.Assertions.tuple("P", rounds * 13L, (long) rounds),
                        org.assertj.core.api.Assertions.tuple("Q", rounds * 13L, (long) rounds));
        assertThat(two.leaderboards().campaign("C1").units().top(1)).singleElement()
                .satisfies(row -> assertThat(row.points()).isEqualTo(rounds * 26L));
    }

    @Test
    @DisplayName("two instances, 8 threads each, on fission's unique keys and counters: first touch once, every count exact")
    void twoInstancesRaceOverFission() {
        int visitors = 40;
        Instant t = NOW;
        first.tx.write(() -> {
            first.fission.insertCampaign(new Campaign("C1", "裂变", null, null, null, RewardRule.defaults(), t));
            first.fission.insertNode(new GraphNode("C1", "ROOT", null, 0, EntryChannel.DIRECT, t, null, false));
            return null;
        });
        AtomicLong nodesInserted = new AtomicLong();
        AtomicLong newVisitors = new AtomicLong();
        AtomicLong newPromoterVisitors = new AtomicLong();
        AtomicLong sharesInserted = new AtomicLong();
        AtomicLong sharers = new AtomicLong();
        int perThread = operationsPerThread();
        Concurrently.run(16, thread -> {
            TestInstance instance = thread % 2 == 0 ? first : second;
            Random random = new Random(thread);
            for (int i = 0; i < perThread; i++) {
                String visitor = "V" + random.nextInt(visitors);
                String promoter = "ROOT";
                // Each visit in its own transaction; a retried attempt's results are the committed ones.
                boolean[] result = instance.tx.write(() -> {
                    boolean inserted = instance.fission.insertNode(new GraphNode("C1", visitor, promoter, 1,
                            EntryChannel.LINK, t, "ref-" + visitor, false));
                    boolean fresh = instance.fission.addVisitor("C1", visitor);
                    boolean freshForPromoter = instance.fission.addPromoterVisitor("C1", promoter, visitor, t);
                    instance.fission.addCampaignCounts("C1", new CampaignCounts(1, fresh ? 1 : 0, 0, inserted ? 1 : 0,
                            null, 0));
                    instance.fission.addPromoterCounts("C1", promoter, new PromoterCounts(0, 1, inserted ? 1 : 0));
                    boolean shared = instance.fission.insertShare(new Share(1000 + Long.parseLong(visitor.substring(1)),
                            visitor, "C1", Channel.LINK, t));
                    boolean sharer = instance.fission.addSharer("C1", visitor, t);
                    if (sharer) {
                        instance.fission.addCampaignCounts("C1", new CampaignCounts(0, 0, 1, 0, Channel.LINK, 1));
                    }
                    return new boolean[] {inserted, fresh, freshForPromoter, shared, sharer};
                });
                nodesInserted.addAndGet(result[0] ? 1 : 0);
                newVisitors.addAndGet(result[1] ? 1 : 0);
                newPromoterVisitors.addAndGet(result[2] ? 1 : 0);
                sharesInserted.addAndGet(result[3] ? 1 : 0);
                sharers.addAndGet(result[4] ? 1 : 0);
            }
            return null;
        });
        long visits = 16L * perThread;
        first.tx.read(() -> {
            long distinct = first.fission.nodeCount("C1") - 1;
            assertThat(nodesInserted.get()).as("first touch, once per visitor").isEqualTo(distinct);
            assertThat(newVisitors.get()).isEqualTo(distinct);
            assertThat(newPromoterVisitors.get()).isEqualTo(distinct);
            assertThat(sharesInserted.get()).isEqualTo(distinct);
            assertThat(sharers.get()).isEqualTo(distinct);
            assertThat(first.fission.descendants("C1", "ROOT")).isEqualTo(distinct);
            assertThat(first.fission.children("C1", "ROOT")).hasSize((int) distinct);
            CampaignStats stats = first.fission.campaignStats("C1");
            assertThat(stats).isEqualTo(new CampaignStats(visits, distinct, distinct, Map.of(Channel.LINK, distinct),
                    distinct));
            assertThat(first.fission.promoters("C1", 0, 10).items()).isEmpty();
            long counted = first.fission.promoterVisitors("C1", "ROOT", 0, 1000).items().stream()
                    .mapToLong(io.sharehub.fission.PromoterVisitor::visits).sum();
            assertThat(counted).isEqualTo(visits);
            return null;
        });
    }
}
