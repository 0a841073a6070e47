package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sharehub.InsufficientPointsException;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.points.BoardRow;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LeaderboardCacheConfig;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.LedgerOutcome;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.Reversal;
import io.sharehub.points.Standings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The code behind docs/points-and-leaderboards.md. */
class PointsExamplesTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T10:00:00+08:00");

    @Test
    @DisplayName("credit, redeem, reverse with debt, merge, and read the boards")
    void pointsAndLeaderboards() {
        // tag::hub[]
        ShareHub hub = ShareHub.builder()
                .clock(clock)
                .zone(ZoneId.of("Asia/Shanghai"))          // days, weeks and months begin here
                .leaderboardCache(LeaderboardCacheConfig.custom()
                        .staleness(Duration.ofSeconds(5))  // other instances' writes show within 5 s
                        .depth(1_000)                      // rows kept per board
                        .build())
                .build();
        // end::hub[]

        // tag::award[]
        // Fission's call for a new referral in campaign C1: E shared the link, D and C are above E.
        LedgerOutcome paid = hub.points().credit(ReferralCredit.of("ref-81", "C1", null,
                new ReferralAward(1, "E", 10, "store-sh-01"),   // the sharer, with their store
                ReferralAward.of(2, "D", 3),
                ReferralAward.of(3, "C", 1))
                .withDailyCap(100));                            // optional: per account, per hub day
        long balance = hub.points().balance("E");               // 10
        // end::award[]
        assertThat(paid.entries()).extracting(LedgerEntry::account, LedgerEntry::amount, LedgerEntry::reason)
                .containsExactly(tuple("E", 10L, EntryReason.REFERRAL_L1), tuple("D", 3L, EntryReason.REFERRAL_L2),
                        tuple("C", 1L, EntryReason.REFERRAL_L3));
        assertThat(balance).isEqualTo(10);
        assertThat(hub.points().credit(ReferralCredit.of("ref-81", "C1", null,
                new ReferralAward(1, "E", 10, "store-sh-01"), ReferralAward.of(2, "D", 3), ReferralAward.of(3, "C", 1))
                .withDailyCap(100))).isEqualTo(paid);

        // tag::redeem[]
        hub.points().adjust("E", 90, "crm-bonus-2026-03", null, "March sales contest");
        try {
            hub.points().redeem("E", 500, "order-7731", null, "gift card");
        } catch (InsufficientPointsException e) {
            // nothing was written: e.balance() is 100, e.requested() is 500
        }
        hub.points().redeem("E", 90, "order-7732", null, "gift card");
        Page<LedgerEntry> history = hub.points().entries("E", 0, 20);   // newest first
        // end::redeem[]
        assertThat(history.items()).extracting(LedgerEntry::amount).containsExactly(-90L, 90L, 10L);
        assertThatThrownBy(() -> hub.points().redeem("E", 500, "order-7731", null, "gift card"))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
                    assertThat(e.balance()).isEqualTo(10);
                    assertThat(e.requested()).isEqualTo(500);
                });

        // tag::reverse[]
        Reversal reversal = hub.points().reverseReferral("ref-81", null);
        long debt = hub.points().debt("E");                     // E had spent all but 10: debt 0
        // end::reverse[]
        assertThat(reversal.entries()).extracting(LedgerEntry::account, LedgerEntry::amount)
                .containsExactly(tuple("E", -10L), tuple("D", -3L), tuple("C", -1L));
        assertThat(debt).isZero();
        assertThat(hub.points().balance("E")).isZero();

        Instant morning = clock.instant().minus(Duration.ofHours(2));
        hub.points().credit(ReferralCredit.of("ref-82", "C1", morning, new ReferralAward(1, "U1", 101, "store-sh-01")));
        hub.points().credit(ReferralCredit.of("ref-83", "C1", morning, new ReferralAward(1, "U2", 60, "store-bj-02")));
        hub.points().credit(ReferralCredit.of("ref-84", "C1", morning, new ReferralAward(1, "U2", 40, "store-bj-02")));
        hub.points().credit(ReferralCredit.of("ref-85", "C1", morning, new ReferralAward(1, "U3", 100, "store-bj-02")));
        hub.points().credit(ReferralCredit.of("ref-86", "C1", morning, ReferralAward.of(1, "U4", 99)));

        // tag::boards[]
        List<BoardRow> top10 = hub.leaderboards().campaign("C1").top(10);
        Optional<BoardRow> mine = hub.leaderboards().campaign("C1").rankOf("U3");
        List<BoardRow> dense = hub.leaderboards().campaign("C1").dense().top(10);
        Page<BoardRow> stores = hub.leaderboards().campaign("C1").units().page(0, 20);
        Page<BoardRow> week = hub.leaderboards().thisWeek().page(0, 50);
        Instant from = Instant.parse("2026-03-01T04:00:00Z");
        Page<BoardRow> range = hub.leaderboards().range(TimeRange.of(from, from.plus(Duration.ofDays(30))))
                .page(0, 50);
        // end::boards[]
        assertThat(top10).extracting(BoardRow::rank, BoardRow::id, BoardRow::points, BoardRow::invited)
                .containsExactly(tuple(1L, "U1", 101L, 1L), tuple(2L, "U2", 100L, 2L), tuple(2L, "U3", 100L, 1L),
                        tuple(4L, "U4", 99L, 1L));
        assertThat(mine).get().extracting(BoardRow::rank).isEqualTo(2L);
        assertThat(dense).extracting(BoardRow::rank).containsExactly(1L, 2L, 2L, 3L);
        assertThat(stores.items()).extracting(BoardRow::id, BoardRow::points, BoardRow::invited)
                .containsExactly(tuple("store-bj-02", 200L, 3L), tuple("store-sh-01", 101L, 1L));
        assertThat(week.items()).isEqualTo(top10);
        assertThat(range.items()).isEqualTo(top10);

        // tag::standings[]
        Standings standings = hub.leaderboards().today().standings(0, 100, "U4");
        // standings.page() and standings.me() come from one snapshot: they always agree
        // end::standings[]
        assertThat(standings.me()).get().extracting(BoardRow::rank).isEqualTo(4L);
        assertThat(standings.page().items()).contains(standings.me().get());

        // tag::merge[]
        // anon-7f3a registered as member U4: everything it earned becomes U4's
        hub.points().credit(ReferralCredit.of("ref-87", "C1", null, ReferralAward.of(1, "anon-7f3a", 5)));
        hub.points().mergeAccounts("anon-7f3a", "U4");
        // end::merge[]
        assertThat(hub.points().balance("U4")).isEqualTo(104);
        assertThat(hub.leaderboards().campaign("C1").rankOf("U4")).get()
                .extracting(BoardRow::points, BoardRow::invited).containsExactly(104L, 2L);
        assertThat(hub.points().earnedOn("U4", LocalDate.of(2026, 3, 2))).isEqualTo(104);
    }
}
