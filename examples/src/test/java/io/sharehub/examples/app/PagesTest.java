package io.sharehub.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.fission.Referral;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Every page of the app, as the personas see it, against the seeded data and ShareHub's own answers. */
@AppTest
class PagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ShareHub hub;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    DemoSeeder seeder;

    Browser browser() {
        return new Browser(mvc);
    }

    @Test
    @DisplayName("the seed holds two-level categories, 30+ materials over PUBLIC, MEMBERS and INTERNAL, two campaigns")
    void seeded() {
        Viewer admin = Viewer.admin("A0001");
        assertThat(hub.catalog().categoryTree(admin)).extracting(n -> n.category().name())
                .contains("制动系统", "滤清器", "会员专享", "员工专区");
        assertThat(hub.catalog().categoryTree(admin).get(0).children()).extracting(n -> n.category().name())
                .startsWith("刹车片", "刹车盘");
        assertThat(hub.catalog().search(admin, SearchRequest.of("")).total()).isGreaterThanOrEqualTo(30);
        assertThat(hub.fission().campaigns()).hasSize(2);
        // a second run finds the campaigns and writes nothing
        long before = hub.catalog().search(admin, SearchRequest.of("")).total();
        seeder.afterSingletonsInstantiated();
        assertThat(hub.catalog().search(admin, SearchRequest.of("")).total()).isEqualTo(before);
    }

    @Test
    @DisplayName("Spring Boot's persistence unit is its own default one, not the command line's sharehub-cli")
    void persistenceUnit() {
        assertThat(((EntityManagerFactoryInfo) emf).getPersistenceUnitName()).isEqualTo("default");
    }

    @Test
    @DisplayName("home: the search bar and categories; 刹车片 finds public brake pads, and the sales team's pitch only for sales")
    void homeAndSearch() throws Exception {
        Browser anonymous = browser();
        String home = anonymous.page("/");
        assertThat(home).contains("搜索素材", "制动系统", "刹车片", "会员专享", "注册会员").doesNotContain("内部培训", "销售工具");
        assertThat(anonymous.cookie(Visitors.COOKIE)).matches("anon-[0-9a-f]{16}");

        String found = anonymous.page("/search?q=刹车片");
        long total = hub.catalog().search(Viewer.anonymous("x"), SearchRequest.of("刹车片")).total();
        assertThat(found).contains("陶瓷刹车片产品手册", "共 " + total + " 条").doesNotContain("销售话术");
        assertThat(browser().as("sales").page("/search?q=刹车片")).contains("刹车片销售话术");
        assertThat(anonymous.page("/search?q=BP-2043")).contains("陶瓷刹车片产品手册");
        assertThat(anonymous.page("/search?category=filters")).contains("机油滤清器交叉参考表")
                .doesNotContain("陶瓷刹车片产品手册");
    }

    @Test
    @DisplayName("material: a view is recorded; favourite; download asks anonymous visitors to register, refuses non-employees")
    void material() throws Exception {
        long views = hub.engagement().stats("M001").views();
        Browser anonymous = browser();
        assertThat(anonymous.page("/materials/M001")).contains("陶瓷刹车片产品手册", "BP-2043", "注册后下载", "分享赚积分");
        assertThat(hub.engagement().stats("M001").views()).isEqualTo(views + 1);

        MockHttpServletResponse download = anonymous.get("/materials/M001/download");
        assertThat(download.getStatus()).isEqualTo(303);
        assertThat(download.getRedirectedUrl()).contains("/signup").contains("reason=download");
        assertThat(anonymous.page("/materials/M025")).contains("registration-prompt", "免费注册");

        Browser member = browser().as("member");
        long downloads = hub.engagement().stats("M001").downloads();
        MockHttpServletResponse file = member.get("/materials/M001/download");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains("陶瓷刹车片产品手册", "BP-2043");
        assertThat(hub.engagement().stats("M001").downloads()).isEqualTo(downloads + 1);
        MockHttpServletResponse whitePaper = member.get("/materials/M010/download");
        assertThat(whitePaper.getStatus()).isEqualTo(403);
        assertThat(whitePaper.getContentAsString(StandardCharsets.UTF_8)).contains("仅限员工");
        assertThat(browser().as("dealer").get("/materials/M010/download").getStatus()).isEqualTo(200);

        member.post("/materials/M013/favorite", "on", "true");
        assertThat(hub.engagement().isFavorite("M1001", "M013")).isTrue();
        assertThat(member.page("/materials/M013")).contains("已收藏");
        member.post("/materials/M013/favorite", "on", "false");
        assertThat(hub.engagement().isFavorite("M1001", "M013")).isFalse();
    }

    @Test
    @DisplayName("employee-only material is a 404 to outsiders; the zone shows each team its own sections")
    void employeeZone() throws Exception {
        assertThat(browser().get("/materials/M029").getStatus()).isEqualTo(404);
        assertThat(browser().as("member").get("/zone").getStatus()).isEqualTo(403);
        String sales = browser().as("sales").page("/zone");
        assertThat(sales).contains("销售工具", "刹车片销售话术", "内部培训").doesNotContain("东区经销商返利政策");
        String dealer = browser().as("dealer").page("/zone");
        assertThat(dealer).contains("东区经销商返利政策2026", "内部培训").doesNotContain("刹车片销售话术");
    }

    @Test
    @DisplayName("a forged, altered or malformed share token, and an unknown page, get a friendly 404, never a 500")
    void badTokens() throws Exception {
        Browser visitor = browser();
        for (String token : new String[] {"abc", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-a-token-at-all-but-32-chars!",
            "%E2%9C%93", "a/b"}) {
            MockHttpServletResponse page = visitor.get("/s/" + token);
            assertThat(page.getStatus()).as(token).isIn(400, 404);
        }
        MockHttpServletResponse forged = visitor.get("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(forged.getStatus()).isEqualTo(404);
        assertThat(forged.getContentAsString(StandardCharsets.UTF_8)).contains("分享链接无效");

        String token = hub.fission().share(io.sharehub.fission.ShareRequest.of(Viewer.member("M1002"),
                DemoSeeder.SPRING, io.sharehub.fission.Channel.OTHER)).token();
        char last = token.charAt(31);
        String altered = token.substring(0, 31) + (last == 'A' ? 'B' : 'A');
        assertThat(visitor.get("/s/" + altered).getStatus()).isEqualTo(404);
    }

    @Test
    @DisplayName("administrator pages: statistics, heat, campaigns, promoters, visitors, graph, flagged; others get 403")
    void adminPages() throws Exception {
        assertThat(browser().as("sales").get("/admin").getStatus()).isEqualTo(403);
        Browser admin = browser().as("admin");
        assertThat(admin.page("/admin")).contains("春季刹车安全月", "滤清器焕新周");
        assertThat(admin.page("/admin/materials?by=VIEWS")).contains("素材统计", "陶瓷刹车片产品手册", "LED雾灯新品预告（草稿）");
        String popular = admin.page("/admin/materials?by=DOWNLOADS&days=30");
        String top = hub.engagement().popular(Viewer.admin("A0001"), io.sharehub.engagement.Statistic.DOWNLOADS,
                null, 0, 1).items().get(0).material().title();
        assertThat(popular).contains(top);
        assertThat(admin.page("/admin/people")).contains("客户热度", "李娜", "138****5601");
        assertThat(admin.page("/admin/people?unmasked=true")).contains("13812345601");
        assertThat(admin.page("/admin/campaigns/spring-brake")).contains("推广员", "李娜", "陈强", "黄磊");
        String visitors = admin.page("/admin/campaigns/spring-brake/promoters/E3001");
        assertThat(visitors).contains("POSTER", "胡军");
        assertThat(admin.page("/admin/campaigns/spring-brake/graph")).contains("echarts", "分享关系");
        assertThat(admin.page("/admin/campaigns/spring-brake/graph.json")).contains("\"nodes\"", "\"E2001\"");
        assertThat(admin.get("/webjars/echarts/dist/echarts.min.js").getStatus()).isEqualTo(200);
        assertThat(admin.page("/admin/ledger?account=E3001")).contains("REDEMPTION", "兑换：洗车券两张");
        assertThat(admin.get("/admin/campaigns/nope").getStatus()).isEqualTo(404);
    }

    @Test
    @DisplayName("flagged referrals: the seeded burst and shared device are listed; reversal takes the points back")
    void flaggedAndReversal() throws Exception {
        Browser admin = browser().as("admin");
        String page = admin.page("/admin/flagged");
        assertThat(page).contains("待审核推荐", "E4001", "E3002", "撤销推荐");
        Referral open = hub.fission().flaggedReferrals(0, 100).items().stream().filter(r -> !r.reversed())
                .filter(r -> r.sharerId().equals("E3002")).findFirst().orElseThrow();
        long before = hub.points().balance("E3002");
        long paid = open.payouts().stream().filter(p -> p.account().equals("E3002")).mapToLong(p -> p.points()).sum();
        MockHttpServletResponse reversed = admin.post("/admin/flagged/" + open.referralId() + "/reverse");
        assertThat(reversed.getStatus()).isEqualTo(302);
        assertThat(hub.fission().referral(open.referralId()).orElseThrow().reversed()).isTrue();
        assertThat(hub.points().balance("E3002")).isEqualTo(before - paid);
    }

    @Test
    @DisplayName("every list exports as XLSX and CSV from the same report")
    void exports() throws Exception {
        Browser admin = browser().as("admin");
        for (String list : new String[] {"/admin?", "/admin/materials?by=VIEWS&", "/admin/people?",
            "/admin/campaigns/spring-brake?", "/admin/campaigns/spring-brake/promoters/E2001?",
            "/admin/campaigns/spring-brake/graph?", "/leaderboards?campaign=spring-brake&", "/admin/flagged?",
            "/admin/ledger?account=E2001&"}) {
            MockHttpServletResponse xlsx = admin.get(list + "format=xlsx");
            assertThat(xlsx.getStatus()).as(list).isEqualTo(200);
            assertThat(xlsx.getContentType()).contains("spreadsheetml");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
                Sheet sheet = book.getSheetAt(0);
                Row header = sheet.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).as(list).isNotBlank();
                assertThat(sheet.getLastRowNum()).as(list + " rows").isGreaterThanOrEqualTo(1);
            }
            MockHttpServletResponse csv = admin.get(list + "format=csv");
            byte[] bytes = csv.getContentAsByteArray();
            assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);  // the byte order mark Excel needs
            assertThat(csv.getHeader("Content-Disposition")).contains(".csv");
        }
        MockHttpServletResponse ledger = browser().as("sales").get("/me?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ledger.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("类型");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(
                    (int) hub.points().entries("E2001", 0, 1).total());
        }
        String csv = new String(admin.get("/admin/people?format=csv").getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("用户ID,姓名,手机号").contains("138****5601");
        assertThat(admin.get("/admin/people?format=pdf").getStatus()).isEqualTo(400);
    }

    @Test
    @DisplayName("ShareHub joins Spring's transaction: a rolled-back transaction leaves no view behind")
    void springTransactions() {
        long views = hub.engagement().stats("M002").views();
        tx.executeWithoutResult(status -> {
            hub.engagement().record(EngagementEvent.view("rolled-back-view", Viewer.member("M1003"), "M002"));
            assertThat(hub.engagement().stats("M002").views()).isEqualTo(views + 1);
            status.setRollbackOnly();
        });
        assertThat(hub.engagement().stats("M002").views()).isEqualTo(views);
        tx.executeWithoutResult(status ->
                hub.engagement().record(EngagementEvent.view("committed-view", Viewer.member("M1003"), "M002")));
        assertThat(hub.engagement().stats("M002").views()).isEqualTo(views + 1);
    }
}
