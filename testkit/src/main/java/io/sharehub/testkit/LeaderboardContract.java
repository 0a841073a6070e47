package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sharehub.Ids;
import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.points.BoardRow;
import io.sharehub.points.BoardScope;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.LeaderboardCacheConfig;
import io.sharehub.points.Leaderboards;
import io.sharehub.points.Points;
import io.sharehub.points.Ranking;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.Standings;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Leaderboards, as DESIGN "Points and leaderboards" defines them. */
public abstract class LeaderboardContract extends ContractTest {
    private int referrals;

    Points points() {
        return hub().points();
    }

    Leaderboards boards() {
        return hub().leaderboards();
    }

    static Instant at(String isoOffsetDateTime) {
        return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }

    /** A new referral in a campaign paying one account at level 1, at an instant (null for now). */
    String award(String campaignId, String account, long amount, String unit, Instant instant) {
        String referralId = "ref-" + (++referrals);
        points().credit(ReferralCredit.of(referralId, campaignId, instant, new ReferralAward(1, account, amount, unit)));
        return referralId;
    }

    String award(String campaignId, String account, long amount) {
        return award(campaignId, account, amount, null, null);
    }

    static List<String> ids(List<BoardRow> rows) {
        return rows.stream().map(BoardRow::id).toList();
    }

    @Test
    @DisplayName("C1: 101, 100 (2 invited), 100 (1 invited), 99, 0 rank 1, 2, 2, 4; 0 is not listed; dense ranks 1, 2, 2, 3")
    void competitionAndDenseRanks() {
        award("C1", "U3", 100);
        award("C1", "U2", 60);
        award("C1", "U1", 101);
        award("C1", "U2", 40);
        award("C1", "U4", 99);
        award("C1", "U5", 0);
        award("C2", "U5", 500);

        Leaderboard board = boards().campaign("C1");
        assertThat(board.top(10)).extracting(BoardRow::rank, BoardRow::id, BoardRow::points, BoardRow::invited)
                .containsExactly(tuple(1L, "U1", 101L, 1L), tuple(2L, "U2", 100L, 2L), tuple(2L, "U3", 100L, 1L),
                        tuple(4L, "U4", 99L, 1L));
        Page<BoardRow> second = board.page(1, 2);
        assertThat(second.items()).extracting(BoardRow::rank, BoardRow::id)
                .containsExactly(tuple(2L, "U3"), tuple(4L, "U4"));
        assertThat(second.total()).isEqualTo(4);
        assertThat(board.dense().top(10)).extracting(BoardRow::rank).containsExactly(1L, 2L, 2L, 3L);
        assertThat(board.ranked(Ranking.DENSE).page(1, 2).items()).extracting(BoardRow::rank, BoardRow::id)
                .containsExactly(tuple(2L, "U3"), tuple(3L, "U4"));
        assertThat(board.rankOf("U3")).get().extracting(BoardRow::rank, BoardRow::points).containsExactly(2L, 100L);
        assertThat(board.dense().rankOf("U4")).get().extracting(BoardRow::rank).isEqualTo(3L);
        assertThat(board.rankOf("U5")).as("0 points is not listed").isEmpty();
        assertThat(board.rankOf("nobody")).isEmpty();
        assertThat(board.top(3)).hasSize(3);
        assertThat(board.top(1)).extracting(BoardRow::id).containsExactly("U1");
        assertThat(boards().campaign("C404").top(10)).isEmpty();
    }

    @Test
    @DisplayName("ties go to more invited, then to whoever got there first, then to the id in code-point order")
    void tieBreaks() {
        Instant now = clock().instant();
        award("C1", "early", 10, null, now.minus(Duration.ofHours(2)));
        award("C1", "late", 10, null, now.minus(Duration.ofHours(1)));
        award("C1", "inviter", 5, null, now);
        award("C1", "inviter", 5, null, now);
        String bmpPrivateUse = "U\uE000";
        String emoji = "U\uD83D\uDE00";
        award("C1", emoji, 1, null, now);
        award("C1", bmpPrivateUse, 1, null, now);

        assertThat(ids(boards().campaign("C1").top(10)))
                .containsExactly("inviter", "early", "late", bmpPrivateUse, emoji);
        assertThat(ids(boards().today().top(10)))
                .containsExactly("inviter", "early", "late", bmpPrivateUse, emoji);
        assertThat(boards().campaign("C1").rankOf(emoji)).get().extracting(BoardRow::rank).isEqualTo(4L);
    }

    @Test
    @DisplayName("Asia/Shanghai at Sunday 2026-02-22 23:30: this week is [02-16 00:00, 02-23 00:00) whatever the JVM's zone")
    void thisWeekInTheHubZone() {
        Set<String> expected = new LinkedHashSet<>();
        for (String jvmZone : List.of("UTC", "America/Los_Angeles", "Asia/Shanghai")) {
            TimeZone saved = TimeZone.getDefault();
            TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
            try {
                clock().set(at("2026-02-22T23:30:00+08:00"));
                Leaderboard week = boards().thisWeek();
                assertThat(week.scope().range()).as(jvmZone).isEqualTo(
                        TimeRange.of(at("2026-02-16T00:00:00+08:00"), at("2026-02-23T00:00:00+08:00")));
                assertThat(boards().today().scope().range()).as(jvmZone).isEqualTo(
                        TimeRange.of(at("2026-02-22T00:00:00+08:00"), at("2026-02-23T00:00:00+08:00")));
                assertThat(boards().thisMonth().scope().range()).as(jvmZone).isEqualTo(
                        TimeRange.of(at("2026-02-01T00:00:00+08:00"), at("2026-03-01T00:00:00+08:00")));

                clock().set(at("2026-02-23T00:01:00+08:00"));
                award("W", "out-" + jvmZone, 7, null, at("2026-02-15T23:59:59+08:00"));
                award("W", "first-" + jvmZone, 5, null, at("2026-02-16T00:00:00+08:00"));
                award("W", "last-" + jvmZone, 3, null, at("2026-02-22T23:59:59+08:00"));
                award("W", "next-" + jvmZone, 9, null, at("2026-02-23T00:00:00+08:00"));
                expected.add("first-" + jvmZone);
                expected.add("last-" + jvmZone);

                assertThat(ids(week.top(100))).as(jvmZone).containsExactlyInAnyOrderElementsOf(expected);
                clock().set(at("2026-02-22T23:30:00+08:00"));
                assertThat(ids(boards().thisWeek().top(100))).as(jvmZone).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(ids(boards().today().top(100))).as(jvmZone).contains("last-" + jvmZone)
                        .doesNotContain("first-" + jvmZone);
                assertThat(ids(boards().thisMonth().top(100))).as(jvmZone)
                        .contains("out-" + jvmZone, "first-" + jvmZone, "last-" + jvmZone, "next-" + jvmZone);
                assertThat(ids(boards().thisWeek().units().top(100))).isEmpty();
            } finally {
                TimeZone.setDefault(saved);
            }
        }
    }

    @Test
    @DisplayName("ranges are exact to the instant, mid-day edges included; from == to is empty; to before from is refused")
    void exactRanges() {
        clock().set(at("2026-03-10T12:00:00+08:00"));
        award("C1", "A", 1, null, at("2026-03-01T10:00:00+08:00"));
        award("C1", "B", 2, null, at("2026-03-01T12:00:00+08:00"));
        award("C2", "A", 4, null, at("2026-03-03T08:00:00+08:00"));
        award("C3", "C", 8, null, at("2026-03-05T12:00:00+08:00"));
        award("C3", "D", 16, null, at("2026-03-05T12:00:00.000000001+08:00"));

        assertThat(range("2026-03-01T11:00:00+08:00", "2026-03-05T12:00:00+08:00"))
                .containsExactly(tuple("A", 4L), tuple("B", 2L));
        assertThat(range("2026-03-01T10:00:00+08:00", "2026-03-05T12:00:00.000000001+08:00"))
                .containsExactly(tuple("C", 8L), tuple("A", 5L), tuple("B", 2L));
        assertThat(range("2026-03-01T11:00:00+08:00", "2026-03-01T13:00:00+08:00")).containsExactly(tuple("B", 2L));
        assertThat(range("2026-03-01T11:00:00+08:00", "2026-03-02T01:00:00+08:00")).containsExactly(tuple("B", 2L));
        assertThat(range("2026-03-01T00:00:00+08:00", "2026-03-02T00:00:00+08:00"))
                .containsExactly(tuple("B", 2L), tuple("A", 1L));
        assertThat(range("2026-03-02T00:00:00+08:00", "2026-03-05T00:00:00+08:00")).containsExactly(tuple("A", 4L));
        assertThat(range("2026-02-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00"))
                .containsExactly(tuple("D", 16L), tuple("C", 8L), tuple("A", 5L), tuple("B", 2L));
        assertThat(range("2026-03-01T12:00:00+08:00", "2026-03-01T12:00:00+08:00")).isEmpty();
        assertThat(boards().range(TimeRange.of(at("2026-03-01T12:00:00+08:00"), at("2026-03-01T12:00:00+08:00")))
                .rankOf("B")).isEmpty();
        assertThat(boards().range(TimeRange.of(at("2026-03-01T00:00:00+08:00"), at("2026-03-06T00:00:00+08:00")))
                .rankOf("A")).get().extracting(BoardRow::rank, BoardRow::points, BoardRow::reachedAt)
                .containsExactly(3L, 5L, at("2026-03-03T08:00:00+08:00"));
        assertThatThrownBy(() -> boards().range(TimeRange.of(at("2026-03-02T00:00:00+08:00"),
                at("2026-03-01T00:00:00+08:00")))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> boards().range(null)).isInstanceOf(InvalidInputException.class);
    }

    List<org.assertj.core.groups.Tuple> range(String from, String to) {
        return boards().range(TimeRange.of(at(from), at(to))).top(100).stream()
                .map(r -> tuple(r.id(), r.points())).toList();
    }

    @Test
    @DisplayName("unit boards sum their people's awards, count invited, keep the latest reachedAt and leave out awards without a unit")
    void unitBoards() {
        Instant now = clock().instant();
        award("C1", "U1", 10, "store-1", now.minus(Duration.ofHours(3)));
        award("C1", "U2", 5, "store-1", now.minus(Duration.ofHours(1)));
        award("C1", "U3", 12, "store-2", now.minus(Duration.ofHours(2)));
        award("C1", "U4", 0, "store-2", now.minus(Duration.ofHours(2)));
        award("C1", "U5", 100, null, now);
        award("C2", "U1", 40, "store-3", now);
        points().credit(ReferralCredit.of("deep", "C1", now.minus(Duration.ofHours(4)),
                new ReferralAward(1, "U6", 1, "store-2"), new ReferralAward(2, "U3", 3, "store-2")));

        Leaderboard units = boards().campaign("C1").units();
        assertThat(units.scope()).isEqualTo(new BoardScope("C1", null, BoardSubject.UNITS));
        assertThat(units.top(10)).extracting(BoardRow::rank, BoardRow::id, BoardRow::points, BoardRow::invited,
                        BoardRow::reachedAt)
                .containsExactly(tuple(1L, "store-2", 16L, 3L, now.minus(Duration.ofHours(2))),
                        tuple(2L, "store-1", 15L, 2L, now.minus(Duration.ofHours(1))));
        assertThat(units.rankOf("store-1")).get().extracting(BoardRow::rank).isEqualTo(2L);
        assertThat(units.rankOf("store-3")).isEmpty();
        assertThat(boards().today().units().top(10)).extracting(BoardRow::id, BoardRow::points)
                .containsExactly(tuple("store-3", 40L), tuple("store-2", 16L), tuple("store-1", 15L));
        assertThat(boards().range(TimeRange.of(now.minus(Duration.ofMinutes(150)), now)).units().top(10))
                .extracting(BoardRow::id, BoardRow::points, BoardRow::invited)
                .containsExactly(tuple("store-2", 12L, 2L), tuple("store-1", 5L, 1L));
        assertThat(boards().of(new BoardScope("C1", null, BoardSubject.UNITS)).top(1)).extracting(BoardRow::id)
                .containsExactly("store-2");
    }

    @Test
    @DisplayName("a reversed award leaves every leaderboard: points, invited and reachedAt, per campaign, range and unit")
    void reversedAwardLeavesEveryBoard() {
        Instant t1 = at("2026-03-02T08:00:00+08:00");
        Instant t2 = at("2026-03-02T09:00:00+08:00");
        Instant t3 = at("2026-03-02T09:30:00+08:00");
        award("C1", "U1", 10, "S1", t1);
        String late = award("C1", "U1", 10, "S1", t3);
        award("C1", "U2", 15, "S2", t2);
        String only = award("C2", "U3", 50, "S3", t2);
        String zero = award("C1", "U2", 0, "S2", t2);
        TimeRange edge = TimeRange.of(at("2026-03-02T07:00:00+08:00"), at("2026-03-02T09:45:00+08:00"));
        TimeRange days = TimeRange.of(at("2026-03-01T00:00:00+08:00"), at("2026-03-03T00:00:00+08:00"));
        assertThat(ids(boards().campaign("C1").top(10))).containsExactly("U1", "U2");

        points().reverseReferral(late, null);
        points().reverseReferral(only, null);
        points().reverseReferral(zero, null);

        for (Leaderboard board : List.of(boards().campaign("C1"), boards().range(edge), boards().range(days),
                boards().today(), boards().thisWeek())) {
            assertThat(board.top(10)).as(board.toString())
                    .extracting(BoardRow::rank, BoardRow::id, BoardRow::points, BoardRow::invited, BoardRow::reachedAt)
                    .containsExactly(tuple(1L, "U2", 15L, 1L, t2), tuple(2L, "U1", 10L, 1L, t1));
            assertThat(board.rankOf("U3")).as(board.toString()).isEmpty();
            assertThat(board.units().top(10)).as(board.toString())
                    .extracting(BoardRow::id, BoardRow::points, BoardRow::invited, BoardRow::reachedAt)
                    .containsExactly(tuple("S2", 15L, 1L, t2), tuple("S1", 10L, 1L, t1));
            assertThat(board.units().rankOf("S3")).isEmpty();
        }
        assertThat(boards().campaign("C2").top(10)).isEmpty();
        assertThat(boards().campaign("C2").page(0, 10).total()).isZero();
    }

    @Test
    @DisplayName("pages are 0-based with a correct total; top n has exactly n rows; sizes are checked")
    void pagingAndTop() {
        for (int i = 1; i <= 25; i++) {
            award("C1", String.format("U%02d", i), i);
        }
        Leaderboard board = boards().campaign("C1");
        assertThat(board.top(10)).hasSize(10).extracting(BoardRow::id).startsWith("U25", "U24");
        Page<BoardRow> last = board.page(2, 10);
        assertThat(last.items()).extracting(BoardRow::rank, BoardRow::id)
                .containsExactly(tuple(21L, "U05"), tuple(22L, "U04"), tuple(23L, "U03"), tuple(24L, "U02"),
                        tuple(25L, "U01"));
        assertThat(last.total()).isEqualTo(25);
        assertThat(last.hasNext()).isFalse();
        assertThat(board.page(3, 10).items()).isEmpty();
        assertThat(board.page(3, 10).total()).isEqualTo(25);
        assertThat(board.top(1000)).hasSize(25);
        Standings standings = board.standings(1, 5, "U03");
        assertThat(standings.page().items()).extracting(BoardRow::id).containsExactly("U20", "U19", "U18", "U17", "U16");
        assertThat(standings.me()).get().extracting(BoardRow::rank).isEqualTo(23L);
        assertThat(board.standings(0, 5, "nobody").me()).isEmpty();
        assertThat(boards().today().standings(0, 3, "U25").me()).get().extracting(BoardRow::rank).isEqualTo(1L);

        PointsContract.assertField(() -> board.top(0), "n");
        PointsContract.assertField(() -> board.top(1001), "n");
        PointsContract.assertField(() -> board.page(0, 0), "size");
        PointsContract.assertField(() -> board.page(-1, 10), "page");
        PointsContract.assertField(() -> board.rankOf(" "), "id");
        PointsContract.assertField(() -> boards().campaign(""), "campaignId");
    }

    @Test
    @DisplayName("leaderboards rank referral awards, not the spendable balance")
    void boardsIgnoreRedemptions() {
        award("C1", "U1", 50);
        award("C1", "U2", 40);
        points().redeem("U1", 50, "order", null, null);
        points().adjust("U2", 500, "bonus", null, null);
        assertThat(boards().campaign("C1").top(10)).extracting(BoardRow::id, BoardRow::points)
                .containsExactly(tuple("U1", 50L), tuple("U2", 40L));
        assertThat(boards().today().top(10)).extracting(BoardRow::id).containsExactly("U1", "U2");
    }

    @Test
    @DisplayName("with the cache on, a page and the rank beside it come from one snapshot; own writes refresh it at once")
    void cachedSnapshots() {
        ShareHub cached = ShareHub.builder().stores(fixture().stores()).clock(clock()).zone(ZoneId.of("Asia/Shanghai"))
                .leaderboardCache(LeaderboardCacheConfig.custom().staleness(Duration.ofSeconds(10)).depth(2).build())
                .build();
        award("C1", "U1", 30);
        award("C1", "U2", 20);
        award("C1", "U3", 10);
        Leaderboard board = cached.leaderboards().campaign("C1");
        Standings before = board.standings(0, 2, "U2");
        assertThat(before.page().items()).extracting(BoardRow::id).containsExactly("U1", "U2");
        assertThat(before.me()).get().extracting(BoardRow::rank).isEqualTo(2L);

        award("C1", "U3", 50);
        clock().advance(Duration.ofSeconds(5));
        Standings stale = board.standings(0, 2, "U2");
        assertThat(stale).as("another instance's write shows up after the staleness").isEqualTo(before);
        assertThat(board.page(0, 2).items()).extracting(BoardRow::id).containsExactly("U1", "U2");
        Standings beyond = board.standings(0, 2, "U3");
        assertThat(beyond.page().items()).as("a row the snapshot does not hold is read with its page")
                .extracting(BoardRow::id).containsExactly("U3", "U1");
        assertThat(beyond.me()).get().extracting(BoardRow::rank, BoardRow::points).containsExactly(1L, 60L);
        assertThat(board.page(1, 2).items()).as("pages past the snapshot are read").extracting(BoardRow::id)
                .containsExactly("U2");

        clock().advance(Duration.ofSeconds(6));
        assertThat(board.standings(0, 2, "U2").page().items()).extracting(BoardRow::id).containsExactly("U3", "U1");

        award("C1", "U2", 1);
        cached.points().credit(ReferralCredit.of("own", "C1", null, ReferralAward.of(1, "U2", 100)));
        Standings fresh = board.standings(0, 2, "U2");
        assertThat(fresh.page().items()).extracting(BoardRow::id, BoardRow::points)
                .containsExactly(tuple("U2", 121L), tuple("U3", 60L));
        assertThat(fresh.me()).get().extracting(BoardRow::rank).isEqualTo(1L);
        assertThat(fresh.page().total()).isEqualTo(3);
    }

    @Test
    @DisplayName("a board of many accounts agrees with a brute-force ranking on every page and every rank")
    void manyAccounts() {
        List<long[]> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long amount = (i * 37L) % 23;
            award("C1", "A" + i, amount);
            expected.add(new long[] {i, amount});
        }
        List<long[]> listed = expected.stream().filter(e -> e[1] > 0)
                .sorted((a, b) -> a[1] != b[1] ? Long.compare(b[1], a[1]) : Ids.compare("A" + a[0], "A" + b[0]))
                .toList();
        Leaderboard board = boards().campaign("C1");
        List<BoardRow> rows = new ArrayList<>();
        for (int page = 0; page * 7 < listed.size(); page++) {
            rows.addAll(board.page(page, 7).items());
        }
        assertThat(ids(rows)).containsExactlyElementsOf(listed.stream().map(e -> "A" + e[0]).toList());
        for (int i = 0; i < rows.size(); i++) {
            BoardRow row = rows.get(i);
            long higher = listed.stream().filter(e -> e[1] > row.points()).count();
            assertThat(row.rank()).isEqualTo(higher + 1);
            assertThat(board.rankOf(row.id())).contains(row);
            if (i > 0) {
                assertThat(row.points()).isLessThanOrEqualTo(rows.get(i - 1).points());
            }
        }
    }
}
