package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.HistoryEntry;
import io.sharehub.engagement.MaterialStats;
import io.sharehub.heat.HeatRow;
import io.sharehub.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's text and id checks: Chinese with emoji and a name of 32 emoji are stored and read
 * back byte for byte (in the database's own bytes too), ids that differ only in case or a
 * trailing space are different people and materials, and instants keep their nanoseconds.
 */
abstract class TextAndIdsCases {
    static final String XIAOHONG = "小红🌸";
    static final String HOT = "🔥爆款🔥";
    /** Thirty-two different emoji, all outside the Basic Multilingual Plane. */
    static final String EMOJI_32 = new String(java.util.stream.IntStream.range(0, 32).map(i -> 0x1F600 + i).toArray(), 0,
            32);

    private ShareHub hub;
    private MutableClock clock;

    /** @return the database under test */
    abstract TestDatabase database();

    @BeforeEach
    void hub() {
        clock = MutableClock.at("2026-03-02T02:00:00Z");
        hub = ShareHub.builder().stores(database().instance().freshStores()).clock(clock)
                .zone(ZoneId.of("Asia/Shanghai")).build();
    }

    @Test
    @DisplayName("\"小红🌸\", \"🔥爆款🔥\" and a 32-emoji name round-trip byte for byte as names, titles, tags and ids")
    void emojiRoundTrip() throws SQLException {
        assertThat(EMOJI_32.codePointCount(0, EMOJI_32.length())).isEqualTo(32);
        Category category = hub.catalog().createCategory(CategorySpec.of(EMOJI_32, EMOJI_32));
        Material created = hub.catalog().createMaterial(MaterialSpec.of(HOT, HOT, EMOJI_32).withSummary(XIAOHONG)
                .withTags(XIAOHONG, HOT, EMOJI_32).withAttribute(XIAOHONG, EMOJI_32));
        hub.catalog().publish(HOT);
        Viewer viewer = Viewer.member(XIAOHONG).withUnit(EMOJI_32);
        hub.engagement().record(EngagementEvent.view(EMOJI_32, viewer, HOT));

        Material read = hub.catalog().material(Viewer.admin("admin"), HOT).orElseThrow();
        assertThat(read.title()).isEqualTo(HOT);
        assertThat(read.summary()).isEqualTo(XIAOHONG);
        assertThat(read.tags()).containsExactly(XIAOHONG, HOT, EMOJI_32);
        assertThat(read.attributes()).containsEntry(XIAOHONG, EMOJI_32);
        assertThat(read.title().getBytes(StandardCharsets.UTF_8)).isEqualTo(HOT.getBytes(StandardCharsets.UTF_8));
        assertThat(hub.catalog().category(Viewer.admin("admin"), EMOJI_32).orElseThrow().name()).isEqualTo(EMOJI_32)
                .isEqualTo(category.name());
        assertThat(hub.catalog().search(viewer, SearchRequest.of(XIAOHONG)).items()).extracting(h -> h.material().id())
                .containsExactly(HOT);
        assertThat(hub.engagement().history(XIAOHONG, Set.of(), 0, 10).items()).extracting(HistoryEntry::eventId)
                .containsExactly(EMOJI_32);
        assertThat(hub.people().unitOf(XIAOHONG)).contains(EMOJI_32);
        assertThat(read.createdAt()).isEqualTo(created.createdAt());

        // the database holds exactly these UTF-8 bytes, not a lossy conversion of them
        assertThat(storedHex("sh_material", "title", HOT)).isEqualTo(hex(HOT));
        assertThat(storedHex("sh_material", "summary", HOT)).isEqualTo(hex(XIAOHONG));
        assertThat(storedHex("sh_category", "name", EMOJI_32)).isEqualTo(hex(EMOJI_32));
        assertThat(storedHex("sh_category", "id", EMOJI_32)).isEqualTo(hex(EMOJI_32));
    }

    @Test
    @DisplayName("U1, u1 and \"U1 \" are three people, M1 and m1 two materials; ties order by code point")
    void idsCompareExactly() {
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        for (String material : List.of("M1", "m1")) {
            hub.catalog().createMaterial(MaterialSpec.of(material, "手册 " + material, "c"));
            hub.catalog().publish(material, clock.instant().minusSeconds(60));
        }
        int n = 0;
        for (String person : List.of("u1", "U1 ", "U1")) {
            Viewer viewer = Viewer.member(person).withUnit("unit-" + person);
            hub.engagement().record(EngagementEvent.view("v" + n++, viewer, "M1"));
            hub.engagement().record(EngagementEvent.favorite("f" + n++, viewer, "M1"));
        }
        hub.engagement().record(EngagementEvent.view("v-m1", Viewer.member("U1"), "m1"));

        assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(3, 3, 3, 0, 0));
        assertThat(hub.engagement().stats("m1")).isEqualTo(new MaterialStats(1, 1, 0, 0, 0));
        assertThat(hub.heat().people(0, 10).items()).extracting(HeatRow::id).containsExactly("U1", "U1 ", "u1");
        assertThat(hub.engagement().history("u1", Set.of(), 0, 10).total()).isEqualTo(2);
        assertThat(hub.engagement().history("U1", Set.of(), 0, 10).total()).isEqualTo(3);
        assertThat(hub.people().unitOf("U1 ")).contains("unit-U1 ");
        assertThat(hub.people().unitOf("u1")).contains("unit-u1");
        assertThat(hub.engagement().isFavorite("U1 ", "m1")).isFalse();

        hub.people().merge("u1", "U1");
        assertThat(hub.people().resolve("u1")).isEqualTo("U1");
        assertThat(hub.people().resolve("U1 ")).isEqualTo("U1 ");
        assertThat(hub.engagement().stats("M1")).isEqualTo(new MaterialStats(3, 2, 2, 0, 0));
        assertThat(hub.heat().people(0, 10).items()).extracting(HeatRow::id).containsExactly("U1", "U1 ");
    }

    @Test
    @DisplayName("instants keep their nanoseconds, also far in the future")
    void instantsAreExact() {
        Instant at = Instant.parse("2026-03-01T23:59:59.123456789Z");
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        hub.catalog().createMaterial(MaterialSpec.of("M", "手册", "c"));
        hub.catalog().publish("M", Instant.parse("2999-12-31T23:59:59.999999999Z"));
        assertThat(hub.catalog().material(Viewer.admin("a"), "M").orElseThrow().publishAt())
                .isEqualTo(Instant.parse("2999-12-31T23:59:59.999999999Z"));
        hub.catalog().publish("M", at.minus(Duration.ofDays(1)));
        hub.engagement().record(EngagementEvent.view("e", Viewer.member("p"), "M").at(at));
        assertThat(hub.engagement().history("p", Set.of(), 0, 1).items().get(0).at()).isEqualTo(at);
        // a repeat with the same nanoseconds is a repeat, not a conflict
        assertThat(hub.engagement().record(EngagementEvent.view("e", Viewer.member("p"), "M").at(at)).status())
                .isEqualTo(io.sharehub.engagement.EventOutcome.Status.REPEATED);
    }

    private String storedHex(String table, String column, String id) throws SQLException {
        String expression = switch (database()) {
            case H2 -> "RAWTOHEX(CAST(" + column + " AS VARBINARY))";
            case POSTGRESQL -> "encode(convert_to(" + column + ", 'UTF8'), 'hex')";
            case MARIADB -> "HEX(" + column + ")";
        };
        try (Connection c = database().instance().dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + expression + " FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a row of %s with id %s", table, id).isTrue();
                return rs.getString(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
