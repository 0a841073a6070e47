package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.InsufficientPointsException;
import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.UnknownEntityException;
import io.sharehub.points.BoardRow;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.LedgerOutcome;
import io.sharehub.points.Points;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.Reversal;
import io.sharehub.points.ReversedAward;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The points ledger, as DESIGN "Points and leaderboards" and "Time and retries" define it. */
public abstract class PointsContract extends ContractTest {

    Points points() {
        return hub().points();
    }

    static Instant at(String isoOffsetDateTime) {
        return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }

    /** A referral paying one account at level 1. */
    LedgerOutcome award(String referralId, String campaignId, String account, long amount) {
        return points().credit(ReferralCredit.of(referralId, campaignId, null, ReferralAward.of(1, account, amount)));
    }

    List<LedgerEntry> allEntries(String account) {
        return points().entries(account, 0, Page.MAX_SIZE).items();
    }

    long sum(String account) {
        return allEntries(account).stream().mapToLong(LedgerEntry::amount).sum();
    }

    @Test
    @DisplayName("a referral credit pays every level at once; a level of 0 writes nothing but the sharer still counts as inviting")
    void creditPaysEveryLevel() {
        LedgerOutcome outcome = points().credit(ReferralCredit.of("R1", "C1", null,
                new ReferralAward(1, "E", 10, "store-1"), ReferralAward.of(2, "D", 3), ReferralAward.of(3, "C", 1)));

        assertThat(outcome.entries()).extracting(LedgerEntry::account, LedgerEntry::amount, LedgerEntry::reason,
                        LedgerEntry::campaignId, LedgerEntry::referralId, LedgerEntry::instant)
                .containsExactly(
                        tuple("E", 10L, EntryReason.REFERRAL_L1, "C1", "R1", clock().instant()),
                        tuple("D", 3L, EntryReason.REFERRAL_L2, "C1", "R1", clock().instant()),
                        tuple("C", 1L, EntryReason.REFERRAL_L3, "C1", "R1", clock().instant()));
        assertThat(points().balance("E")).isEqualTo(10);
        assertThat(points().balance("D")).isEqualTo(3);
        assertThat(points().balance("C")).isEqualTo(1);

        LedgerOutcome capped = points().credit(ReferralCredit.of("R2", "C1", null,
                ReferralAward.of(1, "E", 0), ReferralAward.of(2, "D", 3)));
        assertThat(capped.entries()).extracting(LedgerEntry::account, LedgerEntry::amount)
                .containsExactly(tuple("D", 3L));
        assertThat(points().balance("E")).isEqualTo(10);
        assertThat(hub().leaderboards().campaign("C1").rankOf("E"))
                .get().extracting(BoardRow::points, BoardRow::invited).containsExactly(10L, 2L);
        assertThat(hub().leaderboards().campaign("C1").rankOf("D"))
                .get().extracting(BoardRow::points, BoardRow::invited).containsExactly(6L, 0L);
    }

    @Test
    @DisplayName("a referral credit is idempotent per referral id; the same id with other awards is a conflict")
    void creditIsIdempotent() {
        Instant when = clock().instant().minus(Duration.ofHours(1));
        ReferralCredit credit = ReferralCredit.of("R1", "C1", when, ReferralAward.of(1, "E", 10),
                ReferralAward.of(2, "D", 3));
        LedgerOutcome first = points().credit(credit);
        clock().advance(Duration.ofMinutes(1));

        assertThat(points().credit(credit)).isEqualTo(first);
        assertThat(points().credit(ReferralCredit.of("R1", "C1", null, credit.awards())))
                .as("a retry without an instant is a repeat").isEqualTo(first);
        assertThat(points().balance("E")).isEqualTo(10);
        assertThat(allEntries("E")).hasSize(1);

        assertThatThrownBy(() -> points().credit(ReferralCredit.of("R1", "C1", when, ReferralAward.of(1, "E", 20))))
                .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> {
                    assertThat(e.namespace()).isEqualTo("referralId");
                    assertThat(e.id()).isEqualTo("R1");
                });
        assertThatThrownBy(() -> points().credit(ReferralCredit.of("R1", "C2", when, credit.awards())))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> points().credit(ReferralCredit.of("R1", "C1", when.plusSeconds(1), credit.awards())))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("instant");
        assertThat(points().balance("E")).isEqualTo(10);
        assertThat(hub().leaderboards().campaign("C1").rankOf("E")).get()
                .extracting(BoardRow::points, BoardRow::invited).containsExactly(10L, 1L);
    }

    @Test
    @DisplayName("a retried referral credit from many threads at once pays exactly once")
    void concurrentCreditPaysOnce() throws Exception {
        ReferralCredit credit = ReferralCredit.of("R1", "C1", null, ReferralAward.of(1, "E", 10),
                ReferralAward.of(2, "D", 3), ReferralAward.of(3, "C", 1));
        List<LedgerOutcome> outcomes = race(8, () -> points().credit(credit));

        assertThat(outcomes).hasSize(8).allMatch(o -> o.equals(outcomes.get(0)));
        assertThat(points().balance("E")).isEqualTo(10);
        assertThat(points().balance("D")).isEqualTo(3);
        assertThat(points().balance("C")).isEqualTo(1);
        assertThat(hub().leaderboards().campaign("C1").rankOf("E")).get()
                .extracting(BoardRow::points, BoardRow::invited).containsExactly(10L, 1L);
    }

    @Test
    @DisplayName("cap 25 per day with 10-point awards: the third referral pays 5, the fourth 0, and both still count as invited")
    void dailyCap() {
        Instant morning = at("2026-03-02T08:00:00+08:00");
        List<Long> paid = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            paid.add(points().credit(ReferralCredit.of("R" + i, "C1", morning.plusSeconds(i), ReferralAward.of(1, "U1", 10))
                    .withDailyCap(25)).netFor("U1"));
        }
        assertThat(paid).containsExactly(10L, 10L, 5L, 0L);
        assertThat(points().earnedOn("U1", LocalDate.of(2026, 3, 2))).isEqualTo(25);
        assertThat(hub().leaderboards().campaign("C1").rankOf("U1")).get()
                .extracting(BoardRow::points, BoardRow::invited, BoardRow::reachedAt)
                .containsExactly(25L, 4L, morning.plusSeconds(3));

        LedgerOutcome otherLevel = points().credit(ReferralCredit.of("R5", "C2", morning, ReferralAward.of(1, "U2", 10),
                ReferralAward.of(2, "U1", 3)).withDailyCap(25));
        assertThat(otherLevel.entries()).as("the cap counts all levels and campaigns")
                .extracting(LedgerEntry::account, LedgerEntry::amount).containsExactly(tuple("U2", 10L));
        assertThat(points().credit(ReferralCredit.of("R6", "C1", at("2026-03-01T23:59:59+08:00"),
                ReferralAward.of(1, "U1", 10)).withDailyCap(25)).netFor("U1")).as("another hub day").isEqualTo(10);

        points().reverseReferral("R2", null);
        assertThat(points().credit(ReferralCredit.of("R7", "C1", morning, ReferralAward.of(1, "U1", 10))
                .withDailyCap(25)).netFor("U1")).as("a reversed award no longer uses up the cap").isEqualTo(10);
        assertThatThrownBy(() -> points().credit(ReferralCredit.of("R7", "C1", morning, ReferralAward.of(1, "U1", 10))
                .withDailyCap(30))).isInstanceOf(IdempotencyConflictException.class);
        assertField(() -> points().credit(ReferralCredit.of("R8", "C1", null, ReferralAward.of(1, "U1", 10))
                .withDailyCap(-1)), "dailyCap");
    }

    @Test
    @DisplayName("referrals racing for one sharer's daily cap never pay past it")
    void dailyCapUnderConcurrency() throws Exception {
        List<Object> results = raceOutcomes(8, i -> points().credit(ReferralCredit.of("R" + i, "C1", null,
                ReferralAward.of(1, "U1", 10)).withDailyCap(25)));

        assertThat(results).allMatch(r -> r instanceof LedgerOutcome);
        assertThat(points().balance("U1")).isEqualTo(25);
        assertThat(hub().leaderboards().campaign("C1").rankOf("U1")).get()
                .extracting(BoardRow::points, BoardRow::invited).containsExactly(25L, 8L);
    }

    @Test
    @DisplayName("adjustments add or take points; a negative one larger than the balance fails whole")
    void adjustments() {
        LedgerOutcome plus = points().adjust("U1", 30, "adj-1", null, "welcome bonus");
        assertThat(plus.entries()).extracting(LedgerEntry::amount, LedgerEntry::reason, LedgerEntry::key,
                LedgerEntry::note).containsExactly(tuple(30L, EntryReason.ADJUSTMENT, "adj-1", "welcome bonus"));
        points().adjust("U1", -20, "adj-2", null, null);
        assertThat(points().balance("U1")).isEqualTo(10);

        assertThatThrownBy(() -> points().adjust("U1", -11, "adj-3", null, null))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
                    assertThat(e.account()).isEqualTo("U1");
                    assertThat(e.requested()).isEqualTo(11);
                    assertThat(e.balance()).isEqualTo(10);
                });
        assertThat(points().balance("U1")).isEqualTo(10);
        assertThat(allEntries("U1")).hasSize(2);
        points().adjust("U1", 5, "adj-4", null, null);
        assertThat(points().adjust("U1", -11, "adj-3", null, null).entries())
                .as("a refused call records nothing, not even its key").hasSize(1);
        assertThat(points().balance("U1")).isEqualTo(4);
    }

    @Test
    @DisplayName("a redemption over the balance fails whole; ledger keys are idempotent and unique across operations")
    void redemptions() {
        points().adjust("U1", 100, "top-up", null, null);
        LedgerOutcome redeemed = points().redeem("U1", 60, "order-1", null, "coupon");
        assertThat(redeemed.entries()).extracting(LedgerEntry::amount, LedgerEntry::reason)
                .containsExactly(tuple(-60L, EntryReason.REDEMPTION));

        assertThat(points().redeem("U1", 60, "order-1", null, "coupon")).isEqualTo(redeemed);
        assertThat(points().balance("U1")).isEqualTo(40);

        assertThatThrownBy(() -> points().redeem("U1", 50, "order-2", null, null))
                .isInstanceOf(InsufficientPointsException.class);
        assertThat(points().balance("U1")).isEqualTo(40);

        assertThatThrownBy(() -> points().redeem("U1", 10, "order-1", null, "coupon"))
                .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> {
                    assertThat(e.namespace()).isEqualTo("ledgerKey");
                    assertThat(e.getMessage()).contains("amount");
                });
        assertThatThrownBy(() -> points().redeem("U2", 60, "order-1", null, "coupon"))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("account");
        assertThatThrownBy(() -> points().adjust("U1", 60, "order-1", null, "coupon"))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("operation");
        assertThatThrownBy(() -> points().redeem("U1", 60, "order-1", null, "gift"))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("note");
        assertThat(points().balance("U1")).isEqualTo(40);
    }

    @Test
    @DisplayName("U1 holds 100 points and two redemptions of 80 race: exactly one succeeds, balance 20")
    void racingRedemptions() throws Exception {
        for (int round = 0; round < 10; round++) {
            String account = "U1-" + round;
            points().adjust(account, 100, "grant-" + round, null, null);
            int r = round;
            List<Object> results = raceOutcomes(2, i -> points().redeem(account, 80, "redeem-" + r + "-" + i, null, null));

            assertThat(results).filteredOn(o -> o instanceof LedgerOutcome).hasSize(1);
            assertThat(results).filteredOn(o -> o instanceof InsufficientPointsException).hasSize(1);
            assertThat(points().balance(account)).isEqualTo(20);
            assertThat(sum(account)).isEqualTo(20);
        }
    }

    @Test
    @DisplayName("one redemption retried from many threads at once is written once")
    void retriedRedemption() throws Exception {
        points().adjust("U1", 100, "grant", null, null);
        List<LedgerOutcome> outcomes = race(8, () -> points().redeem("U1", 30, "order-7", null, null));

        assertThat(outcomes).allMatch(o -> o.equals(outcomes.get(0)));
        assertThat(points().balance("U1")).isEqualTo(70);
        assertThat(allEntries("U1")).hasSize(2);
    }

    @Test
    @DisplayName("+100, redeem 90, reverse the 100: balance 0, debt 90, REVERSAL −10; then +50 is repaid: balance 0, debt 40")
    void debtExample() {
        award("R1", "C1", "U1", 100);
        points().redeem("U1", 90, "order-1", null, null);

        Reversal reversal = points().reverseReferral("R1", null);
        assertThat(reversal.entries()).extracting(LedgerEntry::account, LedgerEntry::amount, LedgerEntry::reason,
                LedgerEntry::referralId).containsExactly(tuple("U1", -10L, EntryReason.REVERSAL, "R1"));
        assertThat(reversal.awards()).containsExactly(new ReversedAward(1, "U1", 100, 10, 90));
        assertThat(points().balance("U1")).isZero();
        assertThat(points().debt("U1")).isEqualTo(90);

        LedgerOutcome next = award("R2", "C1", "U1", 50);
        assertThat(next.entries()).extracting(LedgerEntry::amount, LedgerEntry::reason)
                .containsExactly(tuple(50L, EntryReason.REFERRAL_L1), tuple(-50L, EntryReason.DEBT_REPAYMENT));
        assertThat(points().balance("U1")).isZero();
        assertThat(points().debt("U1")).isEqualTo(40);
        assertThat(sum("U1")).isZero();

        LedgerOutcome adjustment = points().adjust("U1", 70, "goodwill", null, null);
        assertThat(adjustment.entries()).extracting(LedgerEntry::amount, LedgerEntry::reason, LedgerEntry::key)
                .containsExactly(tuple(70L, EntryReason.ADJUSTMENT, "goodwill"),
                        tuple(-40L, EntryReason.DEBT_REPAYMENT, "goodwill"));
        assertThat(points().balance("U1")).isEqualTo(30);
        assertThat(points().debt("U1")).isZero();
    }

    @Test
    @DisplayName("a second reversal changes nothing and returns the first; an unknown referral is named")
    void reversalIsIdempotent() {
        points().credit(ReferralCredit.of("R1", "C1", null, ReferralAward.of(1, "E", 10), ReferralAward.of(2, "D", 3)));
        Reversal first = points().reverseReferral("R1", null);
        assertThat(first.awards()).containsExactly(new ReversedAward(1, "E", 10, 10, 0),
                new ReversedAward(2, "D", 3, 3, 0));
        clock().advance(Duration.ofMinutes(5));

        assertThat(points().reverseReferral("R1", null)).isEqualTo(first);
        assertThat(points().balance("E")).isZero();
        assertThat(points().debt("E")).isZero();
        assertThat(allEntries("E")).hasSize(2);
        assertThatThrownBy(() -> points().reverseReferral("R404", null))
                .isInstanceOfSatisfying(UnknownEntityException.class, e -> assertThat(e.id()).isEqualTo("R404"));
        assertThat(points().credit(ReferralCredit.of("R1", "C1", null, ReferralAward.of(1, "E", 10),
                ReferralAward.of(2, "D", 3))).entries())
                .as("a repeat of a reversed credit returns what it wrote, and pays nothing again").hasSize(2);
        assertThat(points().balance("E")).isZero();
    }

    @Test
    @DisplayName("a referral reversed from many threads at once is reversed once")
    void concurrentReversal() throws Exception {
        award("R1", "C1", "U1", 10);
        List<Reversal> reversals = race(8, () -> points().reverseReferral("R1", null));

        assertThat(reversals).allMatch(r -> r.equals(reversals.get(0)));
        assertThat(points().balance("U1")).isZero();
        assertThat(points().debt("U1")).isZero();
        assertThat(allEntries("U1")).hasSize(2);
    }

    @Test
    @DisplayName("an account's ledger pages are newest first, by instant, with the total")
    void ledgerPages() {
        Instant now = clock().instant();
        points().adjust("U1", 1, "k1", now.minus(Duration.ofHours(3)), null);
        points().adjust("U1", 2, "k2", now.minus(Duration.ofHours(1)), null);
        points().adjust("U1", 3, "k3", now.minus(Duration.ofHours(2)), "late import");
        points().adjust("U1", 4, "k4", null, null);
        points().adjust("U2", 9, "k5", null, null);

        Page<LedgerEntry> first = points().entries("U1", 0, 3);
        assertThat(first.items()).extracting(LedgerEntry::amount).containsExactly(4L, 2L, 3L);
        assertThat(first.total()).isEqualTo(4);
        assertThat(points().entries("U1", 1, 3).items()).extracting(LedgerEntry::amount).containsExactly(1L);
        assertThat(points().entries("U1", 2, 3).items()).isEmpty();
        assertThat(points().entries("nobody", 0, 10).total()).isZero();
        assertThat(allEntries("U1")).extracting(LedgerEntry::sequence).doesNotHaveDuplicates();
        assertThatThrownBy(() -> points().entries("U1", 0, 1001))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
        assertThatThrownBy(() -> points().entries("U1", -1, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Test
    @DisplayName("earnedOn is the referral points of one hub-zone day, all levels and campaigns, reversals left out")
    void earnedOn() {
        points().credit(ReferralCredit.of("R1", "C1", at("2026-03-01T23:59:59+08:00"), ReferralAward.of(1, "U1", 10)));
        points().credit(ReferralCredit.of("R2", "C1", at("2026-03-02T00:00:00+08:00"), ReferralAward.of(1, "U1", 10)));
        points().credit(ReferralCredit.of("R3", "C2", at("2026-03-02T09:00:00+08:00"), ReferralAward.of(1, "X", 10),
                ReferralAward.of(2, "U1", 3)));
        points().credit(ReferralCredit.of("R4", "C2", at("2026-03-02T09:30:00+08:00"), ReferralAward.of(1, "U1", 7)));
        points().adjust("U1", 100, "bonus", null, null);
        points().reverseReferral("R4", null);

        assertThat(points().earnedOn("U1", LocalDate.of(2026, 3, 1))).isEqualTo(10);
        assertThat(points().earnedOn("U1", LocalDate.of(2026, 3, 2))).isEqualTo(13);
        assertThat(points().earnedOn("U1", LocalDate.of(2026, 3, 3))).isZero();
        assertThat(points().earnedOn("nobody", LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    @DisplayName("merging accounts moves entries, balance, debt and leaderboard counts, settles debt, and is idempotent")
    void mergeAccounts() {
        Instant t1 = clock().instant().minus(Duration.ofHours(2));
        Instant t2 = clock().instant().minus(Duration.ofHours(1));
        points().credit(ReferralCredit.of("R1", "C1", t1, new ReferralAward(1, "anon-7f3a", 10, "store-1")));
        points().credit(ReferralCredit.of("R2", "C1", t2, new ReferralAward(1, "U9", 20, "store-2")));
        points().credit(ReferralCredit.of("R3", "C1", t1, ReferralAward.of(1, "U8", 30), ReferralAward.of(2, "U9", 5)));
        points().redeem("U9", 25, "order", null, null);
        points().reverseReferral("R3", null);
        assertThat(points().debt("U9")).isEqualTo(5);

        points().mergeAccounts("anon-7f3a", "U9");

        assertThat(points().balance("anon-7f3a")).isZero();
        assertThat(points().debt("anon-7f3a")).isZero();
        assertThat(allEntries("anon-7f3a")).isEmpty();
        assertThat(points().balance("U9")).as("10 moved in pays the debt of 5").isEqualTo(5);
        assertThat(points().debt("U9")).isZero();
        assertThat(allEntries("U9")).extracting(LedgerEntry::amount).contains(10L, -5L);
        assertThat(sum("U9")).isEqualTo(5);
        assertThat(hub().leaderboards().campaign("C1").top(10))
                .extracting(BoardRow::id, BoardRow::points, BoardRow::invited, BoardRow::reachedAt)
                .containsExactly(tuple("U9", 30L, 2L, t2));
        assertThat(hub().leaderboards().today().rankOf("U9")).get()
                .extracting(BoardRow::points, BoardRow::invited).containsExactly(30L, 2L);
        assertThat(hub().leaderboards().campaign("C1").units().top(10)).extracting(BoardRow::id, BoardRow::points)
                .containsExactly(tuple("store-2", 20L), tuple("store-1", 10L));
        assertThat(points().earnedOn("U9", LocalDate.of(2026, 3, 2))).isEqualTo(30);

        List<LedgerEntry> afterFirstMerge = allEntries("U9");
        points().mergeAccounts("anon-7f3a", "U9");
        assertThat(points().balance("U9")).isEqualTo(5);
        assertThat(allEntries("U9")).isEqualTo(afterFirstMerge);

        Reversal reversal = points().reverseReferral("R1", null);
        assertThat(reversal.awards()).as("a merged award is reversed from the account that holds it")
                .containsExactly(new ReversedAward(1, "U9", 10, 5, 5));
        assertThat(hub().leaderboards().campaign("C1").rankOf("U9")).get()
                .extracting(BoardRow::points, BoardRow::invited, BoardRow::reachedAt).containsExactly(20L, 1L, t2);
        assertThatThrownBy(() -> points().mergeAccounts("U9", "U9"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("intoAccount"));
    }

    @Test
    @DisplayName("every input is checked before anything is written, and the error names the field")
    void validation() {
        assertField(() -> award(" ", "C1", "U1", 1), "referralId");
        assertField(() -> award("R1", "", "U1", 1), "campaignId");
        assertField(() -> award("R1", "C1", null, 1), "awards[0].account");
        assertField(() -> award("R1", "C1", "U1", -1), "awards[0].amount");
        assertField(() -> award("R1", "C1", "U1", Points.MAX_AMOUNT + 1), "awards[0].amount");
        assertField(() -> points().credit(ReferralCredit.of("R1", "C1", null, List.of())), "awards");
        assertField(() -> points().credit(ReferralCredit.of("R1", "C1", null, ReferralAward.of(2, "U1", 1))),
                "awards[0].level");
        assertField(() -> points().credit(ReferralCredit.of("R1", "C1", null, ReferralAward.of(1, "U1", 1),
                ReferralAward.of(3, "U2", 1))), "awards[1].level");
        assertField(() -> points().credit(ReferralCredit.of("R1", "C1", null, ReferralAward.of(1, "A", 1),
                ReferralAward.of(2, "B", 1), ReferralAward.of(3, "C", 1), ReferralAward.of(4, "D", 1))), "awards");
        assertField(() -> points().credit(ReferralCredit.of("R1", "C1", null, new ReferralAward(1, "U1", 1, " "))),
                "awards[0].unit");
        assertField(() -> points().credit(ReferralCredit.of("R1", "C1", clock().instant().plus(Duration.ofMinutes(6)),
                ReferralAward.of(1, "U1", 1))), "instant");
        assertField(() -> points().adjust("U1", 0, "k", null, null), "amount");
        assertField(() -> points().adjust("U1", 5, " ", null, null), "key");
        assertField(() -> points().adjust("U1", 5, "k", null, "x".repeat(Points.MAX_NOTE + 1)), "note");
        assertField(() -> points().redeem("U1", -5, "k", null, null), "amount");
        assertField(() -> points().redeem("U1", 0, "k", null, null), "amount");
        assertField(() -> points().redeem(" ", 5, "k", null, null), "account");
        assertField(() -> points().reverseReferral("", null), "referralId");
        assertField(() -> points().earnedOn("U1", null), "hubDay");

        assertThat(points().balance("U1")).isZero();
        assertThat(allEntries("U1")).isEmpty();
        assertThat(hub().leaderboards().campaign("C1").top(10)).isEmpty();

        points().credit(ReferralCredit.of("R1", "C1", clock().instant().plus(Duration.ofMinutes(5)),
                ReferralAward.of(1, "U1", 1)));
        assertThat(points().balance("U1")).as("five minutes ahead of the clock is still accepted").isEqualTo(1);
    }

    @Test
    @DisplayName("ids are compared exactly: U1, u1 and \"U1 \" are three accounts")
    void idsAreExact() {
        points().adjust("U1", 1, "a", null, null);
        points().adjust("u1", 2, "b", null, null);
        points().adjust("U1 ", 3, "c", null, null);
        assertThat(List.of(points().balance("U1"), points().balance("u1"), points().balance("U1 ")))
                .containsExactly(1L, 2L, 3L);
    }

    static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    /** Runs the same call on {@code threads} threads released at once; fails on any exception. */
    static <T> List<T> race(int threads, Callable<T> call) throws Exception {
        List<Object> results = raceOutcomes(threads, i -> call.call());
        List<T> out = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof Throwable failure) {
                throw new AssertionError("a racing call failed", failure);
            }
            @SuppressWarnings("unchecked")
            T value = (T) result;
            out.add(value);
        }
        return out;
    }

    /** A call made by one of several racing threads. */
    interface RacingCall {
        /**
         * @param thread the thread's number, from 0
         * @return what the call returned
         * @throws Exception what it threw
         */
        Object call(int thread) throws Exception;
    }

    /** Runs calls on {@code threads} threads released at once; each result is a value or the exception thrown. */
    static List<Object> raceOutcomes(int threads, RacingCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return call.call(thread);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    results.add(future.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    results.add(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
