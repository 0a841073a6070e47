package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategoryNode;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.catalog.SearchSort;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.Statistic;
import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;
import io.sharehub.testkit.MutableClock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 8's check that search on JPA is the in-memory store's search: one catalog (Chinese,
 * full-width, emoji, ids differing in case and trailing space, long tokens, every status and
 * visibility) built the same way on both, then every query, viewer, sort, filter and page asked of
 * both and compared item for item, with scores and totals; category counts and the most-popular
 * lists too. The catalog is built once per class; the tests only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchParityCases {
    private static final List<String> PIECES = List.of("刹车", "车片", "手册", "海报", "爆款", "新品", "盘", "iPhone",
            "BP", "15", "2043", "-", " ", "ＢＰ", "🔥", "Ａ", "机油");
    private static final List<Viewer> VIEWERS = List.of(Viewer.anonymous("a1"), Viewer.member("p1"),
            Viewer.member("P1"), Viewer.employee("e1", "sales"), Viewer.employee("e2", "dealer:east"),
            Viewer.employee("e3"), Viewer.admin("admin"));
    private static final List<String> QUERIES = List.of("", "刹车片", "刹车 手册", "iphone", "iphone15", "15", "bp-2043",
            "bp2043", "2043", "ＢＰ２０４３", "🔥", "爆款", "-", "！！", "iph", "刹", "m1",
            "supercalifragilisticexpialidociouszz", "手册 手册", "车片 iPhone 15");

    private ShareHub memory;
    private ShareHub jpa;

    /** @return the database under test */
    abstract TestDatabase database();

    @BeforeAll
    void buildBoth() {
        Stores jpaStores = database().instance().freshStores();
        memory = seeded(InMemoryStores.create());
        jpa = seeded(jpaStores);
    }

    private static ShareHub seeded(Stores stores) {
        MutableClock clock = MutableClock.at("2026-03-02T02:00:00Z");
        ShareHub hub = ShareHub.builder().stores(stores).clock(clock).zone(ZoneId.of("Asia/Shanghai")).build();
        catalog(hub, clock);
        return hub;
    }

    /** The same catalog and views, operation for operation. */
    private static void catalog(ShareHub hub, MutableClock clock) {
        var catalog = hub.catalog();
        catalog.createCategory(CategorySpec.of("prod", "产品"));
        catalog.createCategory(CategorySpec.of("brake", "刹车系统").under("prod"));
        catalog.createCategory(CategorySpec.of("oil", "机油").under("prod").withVisibility(Visibility.MEMBERS));
        catalog.createCategory(CategorySpec.of("staff", "员工专区").withVisibility(Visibility.internalTo("sales")));
        catalog.createCategory(CategorySpec.of("price", "价格").under("staff")
                .withVisibility(Visibility.internal(List.of("dealer:east"), List.of("P1"))));
        catalog.createCategory(CategorySpec.of("vip", "贵宾").withVisibility(Visibility.internal(List.of(), List.of("p1"))));

        Consumer<MaterialSpec> publish = spec -> {
            catalog.createMaterial(spec);
            catalog.publish(spec.id());
            clock.advance(Duration.ofSeconds(7));
        };
        publish.accept(MaterialSpec.of("M1", "陶瓷刹车片产品手册", "brake").withTags("爆款", "新品")
                .withSummary("适用于 iPhone15 车主").withAttribute("partNumber", "BP-2043"));
        publish.accept(MaterialSpec.of("m1", "刹车盘 安装指南", "brake").withTags("安装").withType(MaterialType.DOCUMENT));
        publish.accept(MaterialSpec.of("M1 ", "🔥爆款🔥 机油", "oil").withType(MaterialType.VIDEO).withTags("🔥"));
        publish.accept(MaterialSpec.of("😀", "ＢＰ２０４３ 全角手册", "prod").withSummary("bp2043"));
        publish.accept(MaterialSpec.of("\uFFFD", "iPhone 海报", "prod").withType(MaterialType.IMAGE));
        publish.accept(MaterialSpec.of("long", "长词", "prod")
                .withSummary("supercalifragilisticexpialidociouszz and more")
                .withTags("Ａ", "a-tag-longer-than-thirty-two-chars", "#hash"));
        publish.accept(MaterialSpec.of("price", "内部价格表 刹车片", "price"));
        publish.accept(MaterialSpec.of("secret", "销售手册", "staff")
                .withVisibility(Visibility.internal(List.of(), List.of("a1"))));
        publish.accept(MaterialSpec.of("vip", "贵宾资料 刹车", "vip", "brake"));
        publish.accept(MaterialSpec.of("members", "会员手册 刹车片", "brake").withVisibility(Visibility.MEMBERS)
                .withDownloadVisibility(Visibility.internalTo("sales")));
        catalog.createMaterial(MaterialSpec.of("draft", "刹车片 草稿", "brake"));
        catalog.createMaterial(MaterialSpec.of("sched", "刹车片 预告", "brake"));
        catalog.publish("sched", clock.instant().plus(Duration.ofDays(3)));
        catalog.createMaterial(MaterialSpec.of("arch", "刹车片 旧版", "brake"));
        catalog.publish("arch");
        catalog.archive("arch");

        Random random = new Random(8);
        List<String> categories = List.of("prod", "brake", "oil", "staff", "price", "vip");
        List<String> ids = new ArrayList<>(List.of("M1", "m1", "M1 ", "😀", "\uFFFD", "long", "price", "secret", "vip",
                "members"));
        for (int i = 0; i < 30; i++) {
            String id = "g" + i;
            MaterialSpec spec = MaterialSpec.of(id, text(random), categories.get(random.nextInt(categories.size())))
                    .withSummary(text(random)).withTags(text(random), text(random))
                    .withType(MaterialType.values()[random.nextInt(MaterialType.values().length)]);
            if (random.nextInt(4) == 0) {
                spec = spec.withVisibility(Visibility.internal(List.of("sales"), List.of("p1")));
            }
            catalog.createMaterial(spec);
            if (random.nextInt(5) > 0) {
                catalog.publish(id, clock.instant().minus(Duration.ofMinutes(random.nextInt(3))));
            }
            ids.add(id);
            clock.advance(Duration.ofSeconds(random.nextInt(3)));
        }
        catalog.changeCategoryVisibility("oil", Visibility.internalTo("sales", "dealer:east"));

        for (int i = 0; i < 60; i++) {
            String material = ids.get(random.nextInt(ids.size()));
            Viewer viewer = VIEWERS.get(random.nextInt(VIEWERS.size()));
            hub.engagement().record(EngagementEvent.view("v" + i, viewer, material));
            if (i % 3 == 0) {
                hub.engagement().record(EngagementEvent.download("d" + i, viewer, material));
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString().isBlank() ? "空" : text.toString();
    }

    @Test
    @DisplayName("every query, viewer and sort finds the same materials with the same scores and totals")
    void everyQuery() {
        for (Viewer viewer : VIEWERS) {
            for (String query : QUERIES) {
                for (SearchSort sort : SearchSort.values()) {
                    same(viewer, SearchRequest.of(query).sortedBy(sort).page(0, 1000));
                }
            }
        }
    }

    @Test
    @DisplayName("filters by category, type and tag, and every page of a short page size, are the same")
    void filtersAndPages() {
        for (Viewer viewer : VIEWERS) {
            for (String query : List.of("", "刹车", "🔥")) {
                for (String category : List.of("prod", "brake", "staff", "oil", "vip", "nope")) {
                    same(viewer, SearchRequest.of(query).withCategory(category).page(0, 1000));
                }
                same(viewer, SearchRequest.of(query).withTypes(MaterialType.DOCUMENT, MaterialType.VIDEO));
                same(viewer, SearchRequest.of(query).withTags("爆款"));
                same(viewer, SearchRequest.of(query).withTags("ａ", "A-TAG-LONGER-THAN-THIRTY-TWO-CHARS"));
                same(viewer, SearchRequest.of(query).withTags("#HASH"));
                for (int page = 0; page < 4; page++) {
                    same(viewer, SearchRequest.of(query).sortedBy(SearchSort.NEWEST).page(page, 4));
                    same(viewer, SearchRequest.of(query).sortedBy(SearchSort.MOST_VIEWED).page(page, 3));
                }
            }
        }
    }

    @Test
    @DisplayName("category counts and the most-popular lists are the same for every viewer")
    void countsAndPopular() {
        for (Viewer viewer : VIEWERS) {
            assertThat(counts(jpa.catalog().categoryTree(viewer))).as("category tree of %s", viewer)
                    .isEqualTo(counts(memory.catalog().categoryTree(viewer)));
            for (Statistic by : Statistic.values()) {
                TimeRange range = TimeRange.of(jpa.clock().instant().minus(Duration.ofMinutes(3)), jpa.clock().instant());
                for (TimeRange r : java.util.Arrays.asList(null, range)) {
                    Page<MaterialStatsRow> expected = memory.engagement().popular(viewer, by, r, 0, 1000);
                    Page<MaterialStatsRow> actual = jpa.engagement().popular(viewer, by, r, 0, 1000);
                    assertThat(actual.items()).as("popular by %s for %s over %s", by, viewer, r)
                            .containsExactlyElementsOf(expected.items());
                    assertThat(actual.total()).isEqualTo(expected.total());
                }
            }
        }
    }

    private void same(Viewer viewer, SearchRequest request) {
        Page<SearchHit> expected = memory.catalog().search(viewer, request);
        Page<SearchHit> actual = jpa.catalog().search(viewer, request);
        assertThat(actual.items()).as("%s searching %s", viewer, request).containsExactlyElementsOf(expected.items());
        assertThat(actual.total()).as("total of %s searching %s", viewer, request).isEqualTo(expected.total());
    }

    private static List<String> counts(List<CategoryNode> nodes) {
        List<String> out = new ArrayList<>();
        for (CategoryNode node : nodes) {
            out.add(node.category().id() + "=" + node.materialCount());
            out.addAll(counts(node.children()));
        }
        return out;
    }
}
