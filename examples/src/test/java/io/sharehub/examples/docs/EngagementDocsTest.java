package io.sharehub.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.EventOutcome;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.Statistic;
import io.sharehub.heat.HeatConfig;
import io.sharehub.heat.HeatRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The code behind docs/statistics-and-heat.md. */
class EngagementDocsTest {

    @Test
    @DisplayName("record events, read statistics and heat")
    void statisticsAndHeat() {
        // tag::heat-config[]
        ShareHub hub = ShareHub.builder()
                .heat(HeatConfig.custom()
                        .halfLife(Duration.ofDays(7))   // an event a week old counts half
                        .build())
                .build();
        // end::heat-config[]
        hub.catalog().createCategory(CategorySpec.of("pads", "刹车片"));
        hub.catalog().createMaterial(MaterialSpec.of("M1", "陶瓷刹车片产品手册", "pads"));
        hub.catalog().publish("M1", Instant.now().minus(Duration.ofDays(30)));

        // tag::record-events[]
        Viewer member = Viewer.member("U1001");
        EventOutcome viewed = hub.engagement().record(EngagementEvent.view("evt-1", member, "M1"));
        hub.engagement().record(EngagementEvent.favorite("evt-2", member, "M1"));
        List<EventOutcome> batch = hub.engagement().recordAll(List.of(
                EngagementEvent.download("evt-3", member, "M1"),
                EngagementEvent.view("evt-1", member, "M1")));   // a repeat: REPEATED, counted once
        // end::record-events[]
        assertThat(viewed.isRecorded()).isTrue();
        assertThat(batch.get(1).status()).isEqualTo(EventOutcome.Status.REPEATED);

        // tag::statistics[]
        MaterialStats allTime = hub.engagement().stats("M1");
        Instant now = Instant.now();
        MaterialStats lastWeek = hub.engagement().stats("M1", TimeRange.of(now.minus(Duration.ofDays(7)), now));
        Page<MaterialStatsRow> popular = hub.engagement()
                .popular(Viewer.admin("admin"), Statistic.VIEWS, null, 0, 20);
        // end::statistics[]
        assertThat(allTime).isEqualTo(new MaterialStats(1, 1, 1, 1, 0));
        assertThat(lastWeek.views()).isEqualTo(1);
        assertThat(popular.items()).hasSize(1);

        // tag::heat[]
        double heat = hub.heat().ofPerson("U1001");          // as of now: view 1 + favourite 2 + download 3
        Page<HeatRow> warmest = hub.heat().people(0, 20);    // hottest first
        // end::heat[]
        assertThat(heat).isCloseTo(6, within(0.01));
        assertThat(warmest.items()).extracting(HeatRow::id).containsExactly("U1001");
    }
}
