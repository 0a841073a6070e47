package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.access.AccessExplanation;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Catalog;
import io.sharehub.catalog.CategoryNode;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Access rules on every path, as DESIGN "People and what they may see" defines them. */
public abstract class AccessContract extends ContractTest {
    static final Viewer ANON = Viewer.anonymous("anon-1");
    static final Viewer MEMBER = Viewer.member("member-1");
    static final Viewer SALES = Viewer.employee("emp-sales", "sales");
    static final Viewer EAST = Viewer.employee("emp-east", "dealer:east");
    static final Viewer ADMIN = Viewer.admin("admin");

    /**
     * The decision matrix. Each row: material visibility, category visibility, download
     * requirement ({@code -} for none), then for each viewer (anonymous, member, employee of
     * {@code sales}, employee of {@code dealer:east}, administrator) four letters for LIST, VIEW,
     * DOWNLOAD and SHARE: A allow, N not found, R registration required, P not permitted.
     * INTERNAL is INTERNAL to group {@code sales}.
     */
    static final String MATRIX = """
            PUBLIC   PUBLIC   -        | AAAA AAAA AAAA AAAA AAAA
            PUBLIC   PUBLIC   MEMBERS  | AARA AAAA AAAA AAAA AAAA
            PUBLIC   PUBLIC   INTERNAL | AAPA AAPA AAAA AAPA AAAA
            PUBLIC   MEMBERS  -        | ARRR AAAA AAAA AAAA AAAA
            PUBLIC   MEMBERS  MEMBERS  | ARRR AAAA AAAA AAAA AAAA
            PUBLIC   MEMBERS  INTERNAL | ARPR AAPA AAAA AAPA AAAA
            PUBLIC   INTERNAL -        | NNNN NNNN AAAA NNNN AAAA
            PUBLIC   INTERNAL MEMBERS  | NNNN NNNN AAAA NNNN AAAA
            PUBLIC   INTERNAL INTERNAL | NNNN NNNN AAAA NNNN AAAA
            MEMBERS  PUBLIC   -        | ARRR AAAA AAAA AAAA AAAA
            MEMBERS  PUBLIC   MEMBERS  | ARRR AAAA AAAA AAAA AAAA
            MEMBERS  PUBLIC   INTERNAL | ARPR AAPA AAAA AAPA AAAA
            MEMBERS  MEMBERS  -        | ARRR AAAA AAAA AAAA AAAA
            MEMBERS  MEMBERS  MEMBERS  | ARRR AAAA AAAA AAAA AAAA
            MEMBERS  MEMBERS  INTERNAL | ARPR AAPA AAAA AAPA AAAA
            MEMBERS  INTERNAL -        | NNNN NNNN AAAA NNNN AAAA
            MEMBERS  INTERNAL MEMBERS  | NNNN NNNN AAAA NNNN AAAA
            MEMBERS  INTERNAL INTERNAL | NNNN NNNN AAAA NNNN AAAA
            INTERNAL PUBLIC   -        | NNNN NNNN AAAA NNNN AAAA
            INTERNAL PUBLIC   INTERNAL | NNNN NNNN AAAA NNNN AAAA
            INTERNAL MEMBERS  -        | NNNN NNNN AAAA NNNN AAAA
            INTERNAL MEMBERS  INTERNAL | NNNN NNNN AAAA NNNN AAAA
            INTERNAL INTERNAL -        | NNNN NNNN AAAA NNNN AAAA
            INTERNAL INTERNAL INTERNAL | NNNN NNNN AAAA NNNN AAAA
            """;

    static final List<Viewer> MATRIX_VIEWERS = List.of(ANON, MEMBER, SALES, EAST, ADMIN);
    static final List<Action> MATRIX_ACTIONS = List.of(Action.LIST, Action.VIEW, Action.DOWNLOAD, Action.SHARE);
    static final Map<Character, Decision> LETTERS = Map.of('A', Decision.ALLOW, 'N', Decision.NOT_FOUND,
            'R', Decision.REGISTRATION_REQUIRED, 'P', Decision.NOT_PERMITTED);

    Catalog catalog() {
        return hub().catalog();
    }

    static Visibility visibility(String name) {
        return switch (name) {
            case "PUBLIC" -> Visibility.PUBLIC;
            case "MEMBERS" -> Visibility.MEMBERS;
            case "INTERNAL" -> Visibility.internalTo("sales");
            case "-" -> null;
            default -> throw new IllegalArgumentException(name);
        };
    }

    void publish(MaterialSpec spec) {
        catalog().createMaterial(spec);
        catalog().publish(spec.id());
    }

    List<String> searchIds(Viewer viewer, String query) {
        return catalog().search(viewer, SearchRequest.of(query).page(0, 1000)).items().stream()
                .map(h -> h.material().id()).toList();
    }

    @Test
    @DisplayName("the decision matrix: material × category × download × viewer × action")
    void decisionMatrix() {
        List<String> rows = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        List<String> failures = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] parts = rows.get(r).split("\\|");
            String[] rule = parts[0].trim().split("\\s+");
            String[] expected = parts[1].trim().split("\\s+");
            String category = "cat-" + r;
            String material = "mat-" + r;
            catalog().createCategory(CategorySpec.of(category, category).withVisibility(visibility(rule[1])));
            publish(MaterialSpec.of(material, "资料" + r, category).withVisibility(visibility(rule[0]))
                    .withDownloadVisibility(visibility(rule[2])));
            for (int v = 0; v < MATRIX_VIEWERS.size(); v++) {
                for (int a = 0; a < MATRIX_ACTIONS.size(); a++) {
                    Decision want = LETTERS.get(expected[v].charAt(a));
                    Decision got = hub().access().decide(MATRIX_VIEWERS.get(v), material, MATRIX_ACTIONS.get(a));
                    if (want != got) {
                        failures.add(rows.get(r).trim() + ": " + MATRIX_VIEWERS.get(v).id() + " "
                                + MATRIX_ACTIONS.get(a) + " expected " + want + " but was " + got);
                    }
                }
                boolean listed = expected[v].charAt(0) == 'A';
                assertThat(searchIds(MATRIX_VIEWERS.get(v), "资料" + r).contains(material))
                        .as("%s listed for %s", material, MATRIX_VIEWERS.get(v).id()).isEqualTo(listed);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @DisplayName("an INTERNAL material for sales is NOT_FOUND to outsiders and its title leaks nowhere")
    void employeeZone() {
        catalog().createCategory(CategorySpec.of("c", "资料"));
        publish(MaterialSpec.of("secret", "内部价格表机密", "c")
                .withVisibility(Visibility.internal(List.of("sales"), List.of("dealer-boss"))));
        publish(MaterialSpec.of("open", "公开手册", "c"));
        Viewer named = Viewer.member("dealer-boss");

        for (Viewer outsider : List.of(MEMBER, ANON, EAST)) {
            for (Action action : Action.values()) {
                assertThat(hub().access().decide(outsider, "secret", action)).isEqualTo(Decision.NOT_FOUND);
            }
            assertThat(searchIds(outsider, "")).containsExactly("open");
            assertThat(searchIds(outsider, "机密")).isEmpty();
            assertThat(catalog().list(outsider, "c", 0, 100).items()).extracting(Material::id).containsExactly("open");
            assertThat(catalog().material(outsider, "secret")).isEmpty();
            assertThat(catalog().categoryTree(outsider).get(0).materialCount()).isEqualTo(1);
        }
        for (Viewer insider : List.of(SALES, named)) {
            assertThat(hub().access().decide(insider, "secret", Action.VIEW)).isEqualTo(Decision.ALLOW);
            assertThat(searchIds(insider, "机密")).containsExactly("secret");
            assertThat(catalog().categoryTree(insider).get(0).materialCount()).isEqualTo(2);
        }
        assertThat(hub().access().decide(ANON, "no-such-material", Action.VIEW)).isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    @DisplayName("a PUBLIC material in a MEMBERS category is listed for anonymous visitors, who must register to view")
    void membersGate() {
        catalog().createCategory(CategorySpec.of("leads", "会员资料").withVisibility(Visibility.MEMBERS));
        catalog().createCategory(CategorySpec.of("open", "公开"));
        publish(MaterialSpec.of("brochure", "产品手册", "leads"));
        publish(MaterialSpec.of("pdf", "价格表", "open").withDownloadVisibility(Visibility.ALL_EMPLOYEES));

        assertThat(searchIds(ANON, "手册")).containsExactly("brochure");
        assertThat(hub().access().decide(ANON, "brochure", Action.LIST)).isEqualTo(Decision.ALLOW);
        assertThat(hub().access().decide(ANON, "brochure", Action.VIEW)).isEqualTo(Decision.REGISTRATION_REQUIRED);
        assertThat(hub().access().decide(MEMBER, "brochure", Action.VIEW)).isEqualTo(Decision.ALLOW);
        assertThat(hub().access().decide(MEMBER, "pdf", Action.VIEW)).isEqualTo(Decision.ALLOW);
        assertThat(hub().access().decide(MEMBER, "pdf", Action.DOWNLOAD)).isEqualTo(Decision.NOT_PERMITTED);
        assertThat(hub().access().decide(EAST, "pdf", Action.DOWNLOAD)).isEqualTo(Decision.ALLOW);
    }

    @Test
    @DisplayName("a material in a PUBLIC and an INTERNAL category is INTERNAL everywhere")
    void mostRestrictiveCategoryWins() {
        catalog().createCategory(CategorySpec.of("public", "公开"));
        catalog().createCategory(CategorySpec.of("internal", "内部").withVisibility(Visibility.internalTo("sales")));
        publish(MaterialSpec.of("m", "培训手册", "public", "internal"));

        assertThat(hub().access().decide(MEMBER, "m", Action.LIST)).isEqualTo(Decision.NOT_FOUND);
        assertThat(searchIds(MEMBER, "培训")).isEmpty();
        assertThat(catalog().list(MEMBER, "public", 0, 10).items()).isEmpty();
        assertThat(catalog().categoryTree(MEMBER)).extracting(n -> n.category().id()).containsExactly("public");
        assertThat(catalog().categoryTree(MEMBER).get(0).materialCount()).isZero();
        assertThat(searchIds(SALES, "培训")).containsExactly("m");
    }

    @Test
    @DisplayName("several INTERNAL levels intersect; a named anonymous person in a MEMBERS category must register")
    void internalLevelsIntersect() {
        catalog().createCategory(CategorySpec.of("east", "华东").withVisibility(Visibility.internalTo("dealer:east")));
        catalog().createCategory(CategorySpec.of("leads", "会员").withVisibility(Visibility.MEMBERS));
        publish(MaterialSpec.of("both", "华东销售政策", "east").withVisibility(Visibility.internalTo("sales")));
        publish(MaterialSpec.of("named", "专属资料", "leads")
                .withVisibility(Visibility.internal(List.of(), List.of("anon-1"))));

        assertThat(hub().access().decide(SALES, "both", Action.VIEW)).isEqualTo(Decision.NOT_FOUND);
        assertThat(hub().access().decide(EAST, "both", Action.VIEW)).isEqualTo(Decision.NOT_FOUND);
        Viewer bothGroups = Viewer.employee("emp-both", "sales", "dealer:east");
        assertThat(hub().access().decide(bothGroups, "both", Action.VIEW)).isEqualTo(Decision.ALLOW);

        assertThat(hub().access().decide(ANON, "named", Action.LIST)).isEqualTo(Decision.ALLOW);
        assertThat(hub().access().decide(ANON, "named", Action.VIEW)).isEqualTo(Decision.REGISTRATION_REQUIRED);
        assertThat(hub().access().decide(Viewer.anonymous("anon-2"), "named", Action.VIEW))
                .isEqualTo(Decision.NOT_FOUND);
        assertThat(hub().access().decide(Viewer.member("anon-1"), "named", Action.VIEW)).isEqualTo(Decision.ALLOW);
    }

    @Test
    @DisplayName("a category made INTERNAL or moved under one hides its materials at once, on every path")
    void categoryChangesApplyAtOnce() {
        catalog().createCategory(CategorySpec.of("top", "顶层"));
        catalog().createCategory(CategorySpec.of("sub", "子类").under("top"));
        catalog().createCategory(CategorySpec.of("staff", "员工专区").withVisibility(Visibility.ALL_EMPLOYEES));
        publish(MaterialSpec.of("m", "刹车片手册", "sub"));
        assertThat(searchIds(MEMBER, "刹车片")).containsExactly("m");

        catalog().changeCategoryVisibility("top", Visibility.ALL_EMPLOYEES);
        assertThat(searchIds(MEMBER, "刹车片")).isEmpty();
        assertThat(hub().access().decide(MEMBER, "m", Action.VIEW)).isEqualTo(Decision.NOT_FOUND);
        assertThat(searchIds(EAST, "刹车片")).containsExactly("m");

        catalog().changeCategoryVisibility("top", Visibility.PUBLIC);
        assertThat(searchIds(MEMBER, "刹车片")).containsExactly("m");
        catalog().moveCategory("sub", "staff", 0);
        assertThat(searchIds(MEMBER, "刹车片")).isEmpty();
        assertThat(catalog().categoryTree(MEMBER)).extracting(n -> n.category().id()).containsExactly("top");
        assertThat(hub().access().decideCategory(MEMBER, "sub")).isEqualTo(Decision.NOT_FOUND);
        assertThat(hub().access().decideCategory(EAST, "sub")).isEqualTo(Decision.ALLOW);
    }

    @Test
    @DisplayName("drafts, archived and scheduled material are NOT_FOUND like unknown ones; admins see them all")
    void statusHidesMaterial() {
        catalog().createCategory(CategorySpec.of("c", "资料"));
        catalog().createMaterial(MaterialSpec.of("draft", "草稿", "c"));
        publish(MaterialSpec.of("archived", "下架", "c"));
        catalog().archive("archived");
        catalog().createMaterial(MaterialSpec.of("scheduled", "预告", "c"));
        catalog().publish("scheduled", clock().instant().plusSeconds(60));

        for (String id : List.of("draft", "archived", "scheduled", "unknown")) {
            assertThat(hub().access().decide(SALES, id, Action.VIEW)).as(id).isEqualTo(Decision.NOT_FOUND);
        }
        assertThat(searchIds(SALES, "")).isEmpty();
        assertThat(searchIds(ADMIN, "")).containsExactlyInAnyOrder("draft", "archived", "scheduled");
        assertThat(hub().access().decide(ADMIN, "draft", Action.DOWNLOAD)).isEqualTo(Decision.ALLOW);
    }

    @Test
    @DisplayName("explain names the rule that decided: the material, a category, or the download requirement")
    void explain() {
        catalog().createCategory(CategorySpec.of("top", "经销商专区").withVisibility(Visibility.internalTo("sales")));
        catalog().createCategory(CategorySpec.of("sub", "价格").under("top"));
        catalog().createCategory(CategorySpec.of("open", "公开"));
        publish(MaterialSpec.of("brochure", "价格手册", "sub"));
        publish(MaterialSpec.of("pdf", "公开手册", "open").withDownloadVisibility(Visibility.internalTo("sales")));

        AccessExplanation why = hub().access().explain(EAST, "brochure", Action.VIEW);
        assertThat(why.decision()).isEqualTo(Decision.NOT_FOUND);
        assertThat(why.decidedBy()).get().satisfies(check -> {
            assertThat(check.source()).isEqualTo(AccessExplanation.Source.CATEGORY);
            assertThat(check.sourceId()).isEqualTo("top");
            assertThat(check.sourceName()).isEqualTo("经销商专区");
        });
        assertThat(why.checks()).extracting(AccessExplanation.RuleCheck::sourceId)
                .containsExactly("brochure", "brochure", "sub", "top");

        AccessExplanation download = hub().access().explain(MEMBER, "pdf", Action.DOWNLOAD);
        assertThat(download.decision()).isEqualTo(Decision.NOT_PERMITTED);
        assertThat(download.decidedBy()).get().extracting(AccessExplanation.RuleCheck::source)
                .isEqualTo(AccessExplanation.Source.DOWNLOAD);
        assertThat(hub().access().explain(SALES, "brochure", Action.VIEW).decidedBy()).isEmpty();
    }

    @Test
    @DisplayName("category counts and trees differ by viewer and never count what the viewer may not list")
    void countsByViewer() {
        catalog().createCategory(CategorySpec.of("c", "资料"));
        catalog().createCategory(CategorySpec.of("staff", "员工").under("c").withVisibility(Visibility.internalTo("sales")));
        publish(MaterialSpec.of("a", "公开", "c"));
        publish(MaterialSpec.of("b", "内部", "staff"));
        publish(MaterialSpec.of("c2", "双分类", "c", "staff"));
        Map<Viewer, Long> expected = Map.of(ANON, 1L, MEMBER, 1L, EAST, 1L, SALES, 3L, ADMIN, 3L);
        expected.forEach((viewer, count) -> {
            CategoryNode root = catalog().categoryTree(viewer).get(0);
            assertThat(root.materialCount()).as(viewer.id()).isEqualTo(count);
            assertThat(root.children().isEmpty()).isEqualTo(Set.of(ANON, MEMBER, EAST).contains(viewer));
        });
        assertThat(Stream.of(ANON, SALES).map(v -> catalog().search(v, SearchRequest.of("")).total()))
                .containsExactly(1L, 3L);
        assertThat(catalog().search(SALES, SearchRequest.of("")).items()).extracting(SearchHit::score)
                .containsOnly(0);
    }
}
