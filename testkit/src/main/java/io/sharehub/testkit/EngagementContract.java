package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.catalog.SearchSort;
import io.sharehub.engagement.Engagement;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventOutcome;
import io.sharehub.engagement.EventOutcome.Status;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.HistoryEntry;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.Statistic;
import io.sharehub.heat.HeatConfig;
import io.sharehub.heat.HeatRow;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Engagement tracking, statistics and heat, as DESIGN "Engagement, statistics and heat" defines them. */
public abstract class EngagementContract extends ContractTest {
    static final Viewer ADMIN = Viewer.admin("admin");

    Engagement engagement() {
        return hub().engagement();
    }

    @BeforeEach
    void catalog() {
        hub().catalog().createCategory(CategorySpec.of("c", "资料"));
        publish("M1", "刹车片手册");
        publish("M2", "机油手册");
    }

    void publish(String id, String title) {
        hub().catalog().createMaterial(MaterialSpec.of(id, title, "c"));
        hub().catalog().publish(id, clock().instant().minus(Duration.ofDays(60)));
    }

    @Test
    @DisplayName("100 threads view M1 once each: 100 views and 100 unique viewers; delivered again at once, unchanged")
    void concurrentViews() {
        List<EventOutcome> first = Concurrently.run(100, i ->
                engagement().record(EngagementEvent.view("ev-" + i, Viewer.member("V" + (i + 1)), "M1")));
        assertThat(first).extracting(EventOutcome::status).containsOnly(Status.RECORDED);
        assertThat(engagement().stats("M1")).isEqualTo(new MaterialStats(100, 100, 0, 0, 0));

        List<EventOutcome> again = Concurrently.run(100, i ->
                engagement().record(EngagementEvent.view("ev-" + i, Viewer.member("V" + (i + 1)), "M1")));
        assertThat(again).extracting(EventOutcome::status).containsOnly(Status.REPEATED);
        assertThat(engagement().stats("M1")).isEqualTo(new MaterialStats(100, 100, 0, 0, 0));
    }

    @Test
    @DisplayName("V1 views M1 three times and downloads it once: views 3, unique viewers 1, downloads 1")
    void viewsAndDownloads() {
        Viewer v1 = Viewer.member("V1");
        engagement().record(EngagementEvent.view("e1", v1, "M1"));
        engagement().record(EngagementEvent.view("e2", v1, "M1"));
        engagement().record(EngagementEvent.view("e3", v1, "M1"));
        engagement().record(EngagementEvent.download("e4", v1, "M1"));
        assertThat(engagement().stats("M1")).isEqualTo(new MaterialStats(3, 1, 0, 1, 0));
        assertThat(engagement().stats("M2")).isEqualTo(MaterialStats.ZERO);
    }

    @Test
    @DisplayName("favourite is an idempotent set: two at once leave one, two unfavourites leave none, never -1")
    void favoritesAreSets() {
        Viewer u1 = Viewer.member("U1");
        List<EventOutcome> favs = Concurrently.run(2, i ->
                engagement().record(EngagementEvent.favorite("fav-" + i, u1, "M1")));
        assertThat(favs).extracting(EventOutcome::changed).containsExactlyInAnyOrder(true, false);
        assertThat(engagement().stats("M1").favorites()).isEqualTo(1);
        assertThat(engagement().isFavorite("U1", "M1")).isTrue();

        Concurrently.run(2, i -> engagement().record(EngagementEvent.unfavorite("unfav-" + i, u1, "M1")));
        assertThat(engagement().stats("M1").favorites()).isZero();
        engagement().record(EngagementEvent.unfavorite("unfav-again", u1, "M1"));
        assertThat(engagement().stats("M1").favorites()).isZero();
        assertThat(engagement().isFavorite("U1", "M1")).isFalse();
    }

    @Test
    @DisplayName("ranges: to before from is an error, from == to is empty, mid-day edges count exactly")
    void ranges() {
        Instant day1 = OffsetDateTime.parse("2026-02-10T00:00:00+08:00").toInstant();
        Viewer v = Viewer.member("V");
        int n = 0;
        // one view every 90 minutes over four days, plus downloads at a few instants
        for (Instant at = day1; at.isBefore(day1.plus(Duration.ofDays(4))); at = at.plus(Duration.ofMinutes(90))) {
            engagement().record(EngagementEvent.view("v" + n++, Viewer.member("P" + (n % 7)), "M1").at(at));
        }
        engagement().record(EngagementEvent.download("d1", v, "M1").at(day1.plus(Duration.ofHours(10).plusMinutes(29))));
        engagement().record(EngagementEvent.download("d2", v, "M1").at(day1.plus(Duration.ofHours(10).plusMinutes(30))));
        engagement().record(EngagementEvent.download("d3", v, "M1").at(day1.plus(Duration.ofDays(2).plusHours(9))));
        engagement().record(EngagementEvent.download("d4", v, "M1").at(day1.plus(Duration.ofDays(2).plusHours(8))));

        Instant from = day1.plus(Duration.ofHours(10).plusMinutes(30));
        Instant to = day1.plus(Duration.ofDays(2).plusHours(9));
        MaterialStats stats = engagement().stats("M1", TimeRange.of(from, to));
        long expectedViews = 0;
        for (Instant at = day1; at.isBefore(day1.plus(Duration.ofDays(4))); at = at.plus(Duration.ofMinutes(90))) {
            if (!at.isBefore(from) && at.isBefore(to)) {
                expectedViews++;
            }
        }
        assertThat(stats.views()).isEqualTo(expectedViews);
        assertThat(stats.downloads()).isEqualTo(2);
        assertThat(stats.uniqueViewers()).isEqualTo(7);
        assertThat(engagement().stats("M1", TimeRange.of(from, from))).isEqualTo(MaterialStats.ZERO);
        assertThatThrownBy(() -> engagement().stats("M1", TimeRange.of(to, from)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("to");
    }

    @Test
    @DisplayName("heat with a 7-day half-life: decayed weights as of the query instant, the recent sharer first")
    void decayingHeat() {
        ShareHub hub = ShareHub.builder().stores(fixture().stores()).clock(clock()).zone(hub().zone())
                .heat(HeatConfig.custom().halfLife(Duration.ofDays(7)).build()).build();
        Instant now = clock().instant();
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(EngagementEvent.share("old-" + i, Viewer.member("old"), "M1").at(now.minus(Duration.ofDays(30))));
        }
        for (int i = 0; i < 10; i++) {
            events.add(EngagementEvent.share("new-" + i, Viewer.member("new"), "M2").at(now.minus(Duration.ofDays(1))));
        }
        hub.engagement().recordAll(events);
        double old = 100 * 5 * Math.pow(0.5, 30.0 / 7);
        double recent = 10 * 5 * Math.pow(0.5, 1.0 / 7);
        assertThat(hub.heat().ofPerson("old")).isCloseTo(old, within(1e-9));
        assertThat(hub.heat().ofPerson("new")).isCloseTo(recent, within(1e-9));
        assertThat(hub.heat().people(0, 10).items()).extracting(HeatRow::id).containsExactly("new", "old");

        clock().advance(Duration.ofDays(14));
        assertThat(hub.heat().ofPerson("old")).isCloseTo(old / 4, within(1e-9));
        assertThat(hub.heat().ofPerson("new")).isCloseTo(recent / 4, within(1e-9));
        assertThat(hub.heat().ofMaterial("M2")).isCloseTo(recent / 4, within(1e-9));
    }

    @Test
    @DisplayName("heat without a half-life is the plain weighted sum; only a first favourite scores")
    void plainHeat() {
        Viewer u = Viewer.member("U");
        engagement().record(EngagementEvent.view("a", u, "M1"));
        engagement().record(EngagementEvent.download("b", u, "M1"));
        engagement().record(EngagementEvent.share("c", u, "M1"));
        engagement().record(EngagementEvent.favorite("d", u, "M1"));
        engagement().record(EngagementEvent.unfavorite("e", u, "M1"));
        engagement().record(EngagementEvent.favorite("f", u, "M1"));
        engagement().record(EngagementEvent.favorite("g", u, "M2"));
        assertThat(hub().heat().ofPerson("U")).isEqualTo(1 + 3 + 5 + 2 + 2);
        assertThat(hub().heat().ofMaterial("M1")).isEqualTo(1 + 3 + 5 + 2);
        assertThat(hub().heat().people(0, 10).items()).containsExactly(new HeatRow("U", 13));
        assertThat(hub().heat().ofPerson("nobody")).isZero();
    }

    @Test
    @DisplayName("an anonymous download of a material whose download needs members asks to register and counts nothing")
    void deniedRecordsNothing() {
        hub().catalog().createMaterial(MaterialSpec.of("pdf", "价格表", "c").withDownloadVisibility(Visibility.MEMBERS));
        hub().catalog().publish("pdf");
        EventOutcome outcome = engagement().record(EngagementEvent.download("dl-1", Viewer.anonymous("anon"), "pdf"));
        assertThat(outcome.status()).isEqualTo(Status.DENIED);
        assertThat(outcome.decision()).isEqualTo(Decision.REGISTRATION_REQUIRED);
        assertThat(engagement().stats("pdf")).isEqualTo(MaterialStats.ZERO);
        assertThat(hub().heat().ofPerson("anon")).isZero();

        EventOutcome retried = engagement().record(EngagementEvent.download("dl-1", Viewer.member("anon"), "pdf"));
        assertThat(retried.status()).isEqualTo(Status.RECORDED);
        assertThat(engagement().stats("pdf").downloads()).isEqualTo(1);
        assertThat(engagement().record(EngagementEvent.view("x", Viewer.member("m"), "nope")).decision())
                .isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    @DisplayName("a repeated event id returns the first outcome; another payload is an idempotency conflict")
    void idempotency() {
        Viewer u = Viewer.member("U");
        Instant at = clock().instant().minusSeconds(10);
        assertThat(engagement().record(EngagementEvent.favorite("f1", u, "M1").at(at)).status())
                .isEqualTo(Status.RECORDED);
        EventOutcome repeat = engagement().record(EngagementEvent.favorite("f1", u, "M1").at(at));
        assertThat(repeat).isEqualTo(new EventOutcome("f1", Status.REPEATED, Decision.ALLOW, true));
        assertThat(engagement().record(EngagementEvent.favorite("f1", u, "M1")).status()).isEqualTo(Status.REPEATED);
        assertThatThrownBy(() -> engagement().record(EngagementEvent.favorite("f1", u, "M2")))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("f1").hasMessageContaining("M2");
        assertThatThrownBy(() -> engagement().record(EngagementEvent.view("f1", u, "M1")))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> engagement().record(EngagementEvent.favorite("f1", u, "M1").at(at.plusSeconds(1))))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(engagement().stats("M1").favorites()).isEqualTo(1);
        assertThat(engagement().stats("M2").favorites()).isZero();
    }

    @Test
    @DisplayName("instants more than five minutes ahead are refused; a batch is checked whole and counts a repeated id once")
    void batches() {
        Viewer u = Viewer.member("U");
        Instant future = clock().instant().plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThatThrownBy(() -> engagement().record(EngagementEvent.view("late", u, "M1").at(future)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("5 minutes");
        engagement().record(EngagementEvent.view("edge", u, "M1").at(clock().instant().plus(Duration.ofMinutes(5))));

        assertThatThrownBy(() -> engagement().recordAll(List.of(EngagementEvent.view("b1", u, "M1"),
                EngagementEvent.view(" ", u, "M1"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("events[1].eventId");
        assertThat(engagement().stats("M1").views()).isEqualTo(1);

        List<EventOutcome> outcomes = engagement().recordAll(List.of(
                EngagementEvent.view("b1", u, "M1"),
                EngagementEvent.view("b1", u, "M1"),
                EngagementEvent.view("b1", u, "M2"),
                EngagementEvent.view("b2", Viewer.anonymous("a"), "missing"),
                EngagementEvent.download("b3", u, "M1")));
        assertThat(outcomes).extracting(EventOutcome::status).containsExactly(Status.RECORDED, Status.REPEATED,
                Status.CONFLICT, Status.DENIED, Status.RECORDED);
        assertThat(engagement().stats("M1")).isEqualTo(new MaterialStats(2, 1, 0, 1, 0));
        assertThat(engagement().stats("M2")).isEqualTo(MaterialStats.ZERO);
    }

    @Test
    @DisplayName("the most-popular list sorts by any statistic, ties by newest then id, and hides what the viewer may not list")
    void popular() {
        hub().catalog().createMaterial(MaterialSpec.of("secret", "内部", "c").withVisibility(Visibility.internalTo("sales")));
        hub().catalog().publish("secret", clock().instant().minus(Duration.ofDays(1)));
        for (int i = 0; i < 3; i++) {
            engagement().record(EngagementEvent.view("s" + i, Viewer.employee("E" + i, "sales"), "secret"));
        }
        engagement().record(EngagementEvent.view("m2", Viewer.member("A"), "M2"));
        engagement().record(EngagementEvent.download("m1", Viewer.member("A"), "M1"));

        Page<MaterialStatsRow> forMember = engagement().popular(Viewer.member("A"), Statistic.VIEWS, null, 0, 10);
        assertThat(forMember.items()).extracting(r -> r.material().id()).containsExactly("M2", "M1");
        Page<MaterialStatsRow> forAdmin = engagement().popular(ADMIN, Statistic.VIEWS, null, 0, 10);
        assertThat(forAdmin.items()).extracting(r -> r.material().id()).containsExactly("secret", "M2", "M1");
        assertThat(forAdmin.items().get(0).stats().views()).isEqualTo(3);
        assertThat(engagement().popular(ADMIN, Statistic.DOWNLOADS, null, 0, 1).items())
                .extracting(r -> r.material().id()).containsExactly("M1");
        // M1 and M2 were published at the same instant: the tie goes to the id
        assertThat(engagement().popular(ADMIN, Statistic.SHARES, null, 0, 10).items())
                .extracting(r -> r.material().id()).containsExactly("secret", "M1", "M2");
        TimeRange lastHour = TimeRange.of(clock().instant().minus(Duration.ofHours(1)), clock().instant().plusSeconds(1));
        assertThat(engagement().popular(ADMIN, Statistic.UNIQUE_VIEWERS, lastHour, 0, 10).items().get(0).stats()
                .uniqueViewers()).isEqualTo(3);

        assertThat(hub().catalog().search(Viewer.member("A"), SearchRequest.of("").sortedBy(SearchSort.MOST_VIEWED))
                .items()).extracting(h -> h.material().id()).containsExactly("M2", "M1");
    }

    @Test
    @DisplayName("a person's history and favourite list, newest first, holding only what they may still list")
    void historyAndFavorites() {
        Viewer u = Viewer.member("U");
        engagement().record(EngagementEvent.view("h1", u, "M1").at(clock().instant().minusSeconds(30)));
        engagement().record(EngagementEvent.favorite("h2", u, "M1").at(clock().instant().minusSeconds(20)));
        engagement().record(EngagementEvent.favorite("h3", u, "M2").at(clock().instant().minusSeconds(10)));
        engagement().record(EngagementEvent.download("h4", u, "M2"));

        assertThat(engagement().history("U", Set.of(), 0, 10).items()).extracting(HistoryEntry::eventId)
                .containsExactly("h4", "h3", "h2", "h1");
        assertThat(engagement().history("U", Set.of(EventType.FAVORITE), 0, 1).total()).isEqualTo(2);
        assertThat(engagement().favorites(u, 0, 10).items()).extracting(Material::id).containsExactly("M2", "M1");
        hub().catalog().archive("M2");
        assertThat(engagement().favorites(u, 0, 10).items()).extracting(Material::id).containsExactly("M1");
        assertThat(engagement().record(EngagementEvent.unfavorite("h5", u, "M2")).changed()).isTrue();
        assertThat(engagement().record(EngagementEvent.unfavorite("h6", Viewer.member("W"), "M2")).decision())
                .isEqualTo(Decision.NOT_FOUND);
    }
}
