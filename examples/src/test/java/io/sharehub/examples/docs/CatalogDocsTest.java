package io.sharehub.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.access.AccessExplanation;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Catalog;
import io.sharehub.catalog.CategoryNode;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.catalog.SearchSort;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The code behind docs/getting-started.md, docs/catalog-and-search.md and docs/access.md. */
class CatalogDocsTest {

    @Test
    @DisplayName("getting started: build a hub, fill the catalog, search as an anonymous visitor")
    void gettingStarted() {
        // tag::build-hub[]
        ShareHub hub = ShareHub.builder()
                .clock(Clock.systemUTC())
                .zone(ZoneId.of("Asia/Shanghai"))
                .build();
        // end::build-hub[]

        // tag::first-material[]
        Catalog catalog = hub.catalog();
        catalog.createCategory(CategorySpec.of("brakes", "制动系统"));
        catalog.createCategory(CategorySpec.of("pads", "刹车片").under("brakes"));
        catalog.createMaterial(MaterialSpec.of("M1", "陶瓷刹车片产品手册", "pads")
                .withType(MaterialType.DOCUMENT)
                .withTags("新品", "陶瓷")
                .withAttribute("partNumber", "BP-2043")
                .withFileRef("oss://brochures/bp-2043.pdf"));
        catalog.publish("M1");

        Page<SearchHit> hits = catalog.search(Viewer.anonymous("openid-1"), SearchRequest.of("刹车片"));
        // end::first-material[]
        assertThat(hits.items()).extracting(h -> h.material().id()).containsExactly("M1");
    }

    @Test
    @DisplayName("catalog and search: filters, sorts, part numbers and the category tree")
    void search() {
        ShareHub hub = ShareHub.builder().build();
        Catalog catalog = hub.catalog();
        catalog.createCategory(CategorySpec.of("brakes", "制动系统"));
        catalog.createCategory(CategorySpec.of("pads", "刹车片").under("brakes"));
        catalog.createMaterial(MaterialSpec.of("M1", "陶瓷刹车片产品手册", "pads").withTags("新品")
                .withAttribute("partNumber", "BP-2043"));
        catalog.createMaterial(MaterialSpec.of("M2", "刹车盘保养指南", "brakes").withType(MaterialType.VIDEO));
        catalog.publish("M1");
        catalog.publish("M2");
        Viewer visitor = Viewer.anonymous("openid-1");

        // tag::search-filters[]
        Page<SearchHit> page = catalog.search(visitor, SearchRequest.of("刹车")
                .withCategory("brakes")              // the category and its descendants
                .withTypes(MaterialType.DOCUMENT)
                .withTags("新品")                     // compared after NFKC and lower case
                .sortedBy(SearchSort.RELEVANCE)
                .page(0, 20));
        // end::search-filters[]
        assertThat(page.items()).extracting(h -> h.material().id()).containsExactly("M1");

        // tag::part-number[]
        List<Long> totals = Stream.of("BP-2043", "bp2043", "2043", "ＢＰ２０４３")
                .map(query -> catalog.search(visitor, SearchRequest.of(query)).total())
                .toList();                                 // [1, 1, 1, 1]: all find M1
        // end::part-number[]
        assertThat(totals).containsExactly(1L, 1L, 1L, 1L);

        // tag::category-tree[]
        List<CategoryNode> tree = catalog.categoryTree(visitor);
        CategoryNode brakes = tree.get(0);     // 制动系统, 2 materials in its subtree
        CategoryNode pads = brakes.children().get(0);   // 刹车片, 1
        // end::category-tree[]
        assertThat(brakes.materialCount()).isEqualTo(2);
        assertThat(pads.materialCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("access: the employee zone, the members-only gate and explain")
    void access() {
        ShareHub hub = ShareHub.builder().build();
        Catalog catalog = hub.catalog();
        // tag::employee-zone[]
        catalog.createCategory(CategorySpec.of("staff", "员工专区")
                .withVisibility(Visibility.internalTo("sales")));
        catalog.createCategory(CategorySpec.of("leads", "会员资料")
                .withVisibility(Visibility.MEMBERS));
        catalog.createMaterial(MaterialSpec.of("price", "经销商价格表", "staff"));
        catalog.createMaterial(MaterialSpec.of("brochure", "产品手册", "leads")
                .withDownloadVisibility(Visibility.ALL_EMPLOYEES));
        catalog.publish("price");
        catalog.publish("brochure");

        Viewer visitor = Viewer.anonymous("openid-1");
        Viewer dealer = Viewer.employee("E7", "dealer:east").withUnit("East store");
        Decision view = hub.access().decide(visitor, "brochure", Action.VIEW);   // REGISTRATION_REQUIRED
        Decision price = hub.access().decide(dealer, "price", Action.VIEW);      // NOT_FOUND
        // end::employee-zone[]
        assertThat(view).isEqualTo(Decision.REGISTRATION_REQUIRED);
        assertThat(price).isEqualTo(Decision.NOT_FOUND);

        // tag::explain[]
        AccessExplanation why = hub.access().explain(dealer, "price", Action.VIEW);
        why.decidedBy().ifPresent(rule -> System.out.println(
                rule.source() + " " + rule.sourceName() + " → " + rule.decision()));
        // prints: CATEGORY 员工专区 → NOT_FOUND
        // end::explain[]
        assertThat(why.decidedBy()).get().extracting(AccessExplanation.RuleCheck::sourceName).isEqualTo("员工专区");
    }
}
