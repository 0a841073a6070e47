package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.ConflictException;
import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.UnknownCategoryException;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.Catalog;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.CategoryNode;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.MaterialStatus;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.catalog.SearchSort;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The catalog and search bar, as DESIGN "Catalog" defines them. */
public abstract class CatalogContract extends ContractTest {
    static final Viewer ANON = Viewer.anonymous("visitor-1");
    static final Viewer ADMIN = Viewer.admin("admin");

    Catalog catalog() {
        return hub().catalog();
    }

    void category(String id) {
        catalog().createCategory(CategorySpec.of(id, "分类" + id));
    }

    /** Creates and publishes a material, one second after the previous so "newest" is defined. */
    Material published(MaterialSpec spec) {
        catalog().createMaterial(spec);
        Material material = catalog().publish(spec.id());
        clock().advance(Duration.ofSeconds(1));
        return material;
    }

    List<String> ids(String query) {
        return ids(catalog().search(ANON, SearchRequest.of(query).page(0, 1000)));
    }

    static List<String> ids(Page<SearchHit> page) {
        return page.items().stream().map(h -> h.material().id()).toList();
    }

    @Test
    @DisplayName("Chinese, Latin and digits are found by characters, bigrams and whole runs")
    void chineseAndLatinSearch() {
        category("c");
        published(MaterialSpec.of("M1", "双十一爆款海报模板", "c"));
        published(MaterialSpec.of("M2", "春季新品发布会邀请函", "c"));
        published(MaterialSpec.of("M3", "iPhone15以旧换新活动海报", "c"));

        assertThat(ids("爆款")).containsExactlyInAnyOrder("M1");
        assertThat(ids("海报")).containsExactlyInAnyOrder("M1", "M3");
        assertThat(ids("双")).containsExactlyInAnyOrder("M1");
        assertThat(ids("新品 邀请")).containsExactlyInAnyOrder("M2");
        assertThat(ids("IPHONE15")).containsExactlyInAnyOrder("M3");
        assertThat(ids("iphone")).containsExactlyInAnyOrder("M3");
        assertThat(ids("15")).containsExactlyInAnyOrder("M3");
        assertThat(ids("iph")).as("no prefix matching").isEmpty();
        assertThat(ids("爆款 邀请")).as("terms are joined by AND").isEmpty();
    }

    @Test
    @DisplayName("刹车片 finds the brake-pad manual and not the brake-disc guide; part numbers match in every form")
    void brakePadsAndPartNumbers() {
        category("c");
        published(MaterialSpec.of("pads", "陶瓷刹车片产品手册", "c"));
        published(MaterialSpec.of("discs", "刹车盘保养指南", "c"));
        published(MaterialSpec.of("part", "前轮配件说明", "c").withAttribute("partNumber", "BP-2043"));

        assertThat(ids("刹车片")).containsExactly("pads");
        assertThat(ids("刹车")).containsExactlyInAnyOrder("pads", "discs");
        for (String query : List.of("bp-2043", "bp2043", "2043", "ＢＰ２０４３", "BP 2043")) {
            assertThat(ids(query)).as(query).containsExactly("part");
        }
        assertThat(ids("bp-2044")).isEmpty();
    }

    @Test
    @DisplayName("a title match ranks above a tag match above a summary match; ties go to the newest, then id")
    void relevanceOrder() {
        category("c");
        published(MaterialSpec.of("summary", "产品手册", "c").withSummary("含刹车片更换步骤"));
        published(MaterialSpec.of("tag", "产品手册", "c").withTags("刹车片"));
        published(MaterialSpec.of("title-old", "刹车片手册", "c"));
        published(MaterialSpec.of("title-b", "刹车片目录", "c"));
        catalog().createMaterial(MaterialSpec.of("title-a", "刹车片样本", "c"));
        catalog().publish("title-a", catalog().material(ADMIN, "title-b").orElseThrow().publishAt());

        Page<SearchHit> page = catalog().search(ANON, SearchRequest.of("刹车片"));
        assertThat(ids(page)).containsExactly("title-a", "title-b", "title-old", "tag", "summary");
        assertThat(page.items()).extracting(SearchHit::score).containsExactly(3, 3, 3, 2, 1);

        Page<SearchHit> twoTerms = catalog().search(ANON, SearchRequest.of("刹车片 手册"));
        assertThat(ids(twoTerms)).containsExactly("title-old", "tag", "summary");
        assertThat(twoTerms.items()).extracting(SearchHit::score).containsExactly(6, 5, 4);
    }

    @Test
    @DisplayName("a query with no tokens lists everything the viewer may list, newest first")
    void emptyQuery() {
        category("c");
        published(MaterialSpec.of("a", "甲", "c"));
        published(MaterialSpec.of("b", "乙", "c"));
        catalog().createMaterial(MaterialSpec.of("draft", "丙", "c"));

        for (String query : List.of("", "  ", "-", "！！", "- ！！")) {
            assertThat(ids(query)).as("'%s'", query).containsExactly("b", "a");
        }
    }

    @Test
    @DisplayName("pages are 0-based with a correct total; sizes 1 to 1,000")
    void paging() {
        category("c");
        for (int i = 0; i < 25; i++) {
            published(MaterialSpec.of(String.format("m%02d", i), "海报" + i, "c"));
        }
        Page<SearchHit> first = catalog().search(ANON, SearchRequest.of("海报").sortedBy(SearchSort.NEWEST).page(0, 10));
        Page<SearchHit> last = catalog().search(ANON, SearchRequest.of("海报").sortedBy(SearchSort.NEWEST).page(2, 10));
        Page<SearchHit> beyond = catalog().search(ANON, SearchRequest.of("海报").page(9, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(ids(first)).startsWith("m24", "m23").hasSize(10);
        assertThat(ids(last)).containsExactly("m04", "m03", "m02", "m01", "m00");
        assertThat(last.hasNext()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);

        assertThatThrownBy(() -> catalog().search(ANON, SearchRequest.of("海报").page(0, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("size")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("size");
        assertThatThrownBy(() -> catalog().search(ANON, SearchRequest.of("海报").page(0, 10_000_000)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("10000000");
        assertThatThrownBy(() -> catalog().search(ANON, SearchRequest.of("海报").page(-1, 10)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("page");
        assertThat(catalog().search(ANON, SearchRequest.of("海报").page(0, 1000)).items()).hasSize(25);
    }

    @Test
    @DisplayName("filters: a category with its descendants, types, and tags compared after NFKC and lower case")
    void filters() {
        catalog().createCategory(CategorySpec.of("brakes", "制动系统"));
        catalog().createCategory(CategorySpec.of("pads", "刹车片").under("brakes"));
        catalog().createCategory(CategorySpec.of("oil", "机油"));
        published(MaterialSpec.of("p1", "刹车片海报", "pads").withType(MaterialType.IMAGE).withTags("Sale", "新品"));
        published(MaterialSpec.of("b1", "制动系统海报", "brakes").withType(MaterialType.DOCUMENT).withTags("sale"));
        published(MaterialSpec.of("o1", "机油海报", "oil").withType(MaterialType.IMAGE).withTags("ＳＡＬＥ"));

        assertThat(ids(catalog().search(ANON, SearchRequest.of("海报").withCategory("brakes"))))
                .containsExactlyInAnyOrder("p1", "b1");
        assertThat(ids(catalog().search(ANON, SearchRequest.of("海报").withCategory("pads")))).containsExactly("p1");
        assertThat(ids(catalog().search(ANON, SearchRequest.of("海报").withTypes(MaterialType.IMAGE))))
                .containsExactlyInAnyOrder("p1", "o1");
        assertThat(ids(catalog().search(ANON, SearchRequest.of("").withTags("SALE"))))
                .containsExactlyInAnyOrder("p1", "b1", "o1");
        assertThat(ids(catalog().search(ANON, SearchRequest.of("").withTags("sale", "新品")))).containsExactly("p1");
        assertThat(ids(catalog().search(ANON, SearchRequest.of("").withCategory("nowhere")))).isEmpty();
        assertThat(catalog().list(ANON, "brakes", 0, 10).items()).extracting(Material::id).containsExactly("b1", "p1");
    }

    @Test
    @DisplayName("newest: published by publish instant, drafts after them for administrators; scheduled material waits")
    void newestAndScheduled() {
        category("c");
        published(MaterialSpec.of("old", "旧", "c"));
        catalog().createMaterial(MaterialSpec.of("draft-1", "草稿一", "c"));
        clock().advance(Duration.ofSeconds(1));
        catalog().createMaterial(MaterialSpec.of("draft-2", "草稿二", "c"));
        published(MaterialSpec.of("new", "新", "c"));
        catalog().createMaterial(MaterialSpec.of("later", "预告", "c"));
        catalog().publish("later", clock().instant().plus(Duration.ofHours(1)));
        catalog().createMaterial(MaterialSpec.of("gone", "下架", "c"));
        catalog().publish("gone");
        catalog().archive("gone");

        SearchRequest newest = SearchRequest.of("").sortedBy(SearchSort.NEWEST);
        assertThat(ids(catalog().search(ANON, newest))).containsExactly("new", "old");
        assertThat(ids(catalog().search(ADMIN, newest)))
                .containsExactly("later", "gone", "new", "old", "draft-2", "draft-1");
        assertThat(catalog().material(ANON, "later")).isEmpty();
        assertThat(catalog().material(ADMIN, "gone")).get().extracting(Material::status)
                .isEqualTo(MaterialStatus.ARCHIVED);

        clock().advance(Duration.ofHours(1));
        assertThat(ids(catalog().search(ANON, newest))).containsExactly("later", "new", "old");
    }

    @Test
    @DisplayName("bad input gets a typed exception naming the field, and nothing is stored")
    void badInput() {
        category("c");
        assertThatThrownBy(() -> catalog().createMaterial(MaterialSpec.of("m", " ", "c")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> catalog().createMaterial(MaterialSpec.of("m", "标题", "missing")))
                .isInstanceOf(UnknownCategoryException.class).hasMessageContaining("categoryIds")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> catalog().createMaterial(MaterialSpec.of("m", "标题")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("categoryIds");
        assertThatThrownBy(() -> catalog().createMaterial(MaterialSpec.of("m", "长".repeat(201), "c")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> catalog().createMaterial(MaterialSpec.of(" ", "标题", "c")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("id");
        assertThat(catalog().material(ADMIN, "m")).isEmpty();
        assertThat(ids(catalog().search(ADMIN, SearchRequest.of("")))).isEmpty();

        catalog().createCategory(CategorySpec.of("child", "子").under("c"));
        catalog().createCategory(CategorySpec.of("grandchild", "孙").under("child"));
        assertThatThrownBy(() -> catalog().moveCategory("c", "grandchild", 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cycle")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("parentId");
        assertThatThrownBy(() -> catalog().moveCategory("c", "c", 0)).isInstanceOf(ConflictException.class);
        assertThat(catalog().category(ADMIN, "c")).get().extracting(Category::parentId).isNull();
        assertThatThrownBy(() -> catalog().createCategory(CategorySpec.of("c", "重复")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog().createCategory(CategorySpec.of("x", "孤儿").under("missing")))
                .isInstanceOf(UnknownCategoryException.class);
    }

    @Test
    @DisplayName("categories: ordered by position, renamed, moved, and deleted only when empty")
    void categoryTree() {
        catalog().createCategory(CategorySpec.of("b", "二").at(2));
        catalog().createCategory(CategorySpec.of("a", "一").at(1));
        catalog().createCategory(CategorySpec.of("z", "零").at(1));
        catalog().createCategory(CategorySpec.of("leaf", "叶").under("b"));
        published(MaterialSpec.of("m", "资料", "leaf"));

        assertThat(catalog().categoryTree(ANON)).extracting(n -> n.category().id()).containsExactly("a", "z", "b");
        catalog().renameCategory("a", "第一");
        catalog().moveCategory("leaf", "a", 0);
        List<CategoryNode> tree = catalog().categoryTree(ANON);
        assertThat(tree.get(0).category().name()).isEqualTo("第一");
        assertThat(tree.get(0).children()).extracting(n -> n.category().id()).containsExactly("leaf");
        assertThat(tree.get(0).materialCount()).isEqualTo(1);
        assertThat(tree.get(2).materialCount()).isZero();

        assertThatThrownBy(() -> catalog().deleteCategory("a")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog().deleteCategory("leaf")).isInstanceOf(ConflictException.class);
        catalog().deleteCategory("z");
        assertThat(catalog().category(ADMIN, "z")).isEmpty();
    }

    @Test
    @DisplayName("category counts count each material once in a subtree, published and live only")
    void categoryCounts() {
        catalog().createCategory(CategorySpec.of("top", "顶"));
        catalog().createCategory(CategorySpec.of("l", "左").under("top"));
        catalog().createCategory(CategorySpec.of("r", "右").under("top"));
        published(MaterialSpec.of("both", "两处", "l", "r"));
        published(MaterialSpec.of("left", "左侧", "l"));
        catalog().createMaterial(MaterialSpec.of("draft", "草稿", "r"));

        for (Viewer viewer : List.of(ANON, ADMIN)) {
            CategoryNode top = catalog().categoryTree(viewer).get(0);
            assertThat(top.materialCount()).isEqualTo(2);
            assertThat(top.children()).extracting(CategoryNode::materialCount).containsExactly(2L, 1L);
        }
    }

    @Test
    @DisplayName("ids are exact: U1, u1 and 'U1 ' are three materials; text keeps emoji byte for byte")
    void exactIdsAndText() {
        category("c");
        published(MaterialSpec.of("U1", "大写", "c"));
        published(MaterialSpec.of("u1", "小写", "c"));
        published(MaterialSpec.of("U1 ", "空格", "c"));
        String title = "🔥爆款🔥 小红🌸 " + "😀".repeat(32);
        published(MaterialSpec.of("emoji", title, "c").withSummary("👨‍👩‍👧家庭号").withTags("🌸"));

        assertThat(catalog().material(ANON, "U1")).get().extracting(Material::title).isEqualTo("大写");
        assertThat(catalog().material(ANON, "u1")).get().extracting(Material::title).isEqualTo("小写");
        assertThat(catalog().material(ANON, "U1 ")).get().extracting(Material::title).isEqualTo("空格");
        Material emoji = catalog().material(ANON, "emoji").orElseThrow();
        assertThat(emoji.title()).isEqualTo(title);
        assertThat(emoji.summary()).isEqualTo("👨‍👩‍👧家庭号");
        assertThat(ids("爆款")).containsExactly("emoji");
    }

    @Test
    @DisplayName("updating a material re-indexes it and keeps its status")
    void update() {
        category("c");
        category("d");
        published(MaterialSpec.of("m", "刹车片手册", "c"));
        Material updated = catalog().updateMaterial(MaterialSpec.of("m", "机油手册", "d").withTags("保养"));
        assertThat(updated.status()).isEqualTo(MaterialStatus.PUBLISHED);
        assertThat(ids("刹车片")).isEmpty();
        assertThat(ids("机油 保养")).containsExactly("m");
        assertThat(catalog().list(ANON, "d", 0, 10).items()).hasSize(1);
        assertThat(catalog().list(ANON, "c", 0, 10).items()).isEmpty();
        catalog().deleteCategory("c");
    }
}
