package io.sharehub.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.GraphNode;
import io.sharehub.points.BoardRow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fission flow through the pages: a visitor signs up and shares, a second browser opens the
 * link, a third comes through the second's link; points, the graph, owners and the leaderboard
 * show exactly what the campaign's rule pays (10 / 3 / 1).
 */
@AppTest
class ShareFlowTest {
    private static final Pattern LINK = Pattern.compile("id=\"share-link\">([^<]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    ShareHub hub;

    @Test
    @DisplayName("share → visit → points → leaderboard, over two levels, with sign-up merging the anonymous visitor")
    void shareVisitPointsLeaderboard() throws Exception {
        // A: an anonymous visitor who signs up on the registration prompt, then shares the campaign material
        Browser a = new Browser(mvc);
        a.get("/materials/M001");
        String anonA = a.cookie(Visitors.COOKIE);
        MockHttpServletResponse signedUp = a.post("/signup", "name", "测试甲", "phone", "13900000001", "next", "/me");
        assertThat(signedUp.getRedirectedUrl()).isEqualTo("/me");
        String idA = memberId(a);
        assertThat(hub.people().resolve(anonA)).isEqualTo(idA);
        assertThat(a.cookie(Visitors.COOKIE)).isNotEqualTo(anonA);
        String tokenA = share(a);

        // B: a second browser opens A's link: a new referral paying A 10 points (A is a root)
        Browser b = new Browser(mvc);
        String landing = b.page("/s/" + tokenA);
        assertThat(landing).contains("春季刹车安全月", "测试甲", "id=\"points-paid\">10<");
        String anonB = b.cookie(Visitors.COOKIE);
        assertThat(hub.points().balance(idA)).isEqualTo(10);
        GraphNode nodeB = hub.fission().graph(DemoSeeder.SPRING).node(anonB).orElseThrow().node();
        assertThat(nodeB.parentId()).isEqualTo(idA);
        assertThat(nodeB.entryChannel()).isEqualTo(EntryChannel.LINK);
        assertThat(hub.people().ownerOf(anonB)).contains(idA);
        // opening it again is a read, not a second referral
        assertThat(b.page("/s/" + tokenA)).contains("欢迎回来");
        assertThat(hub.points().balance(idA)).isEqualTo(10);

        // B signs up: the anonymous node, its owner and its history become the member's
        b.post("/signup", "name", "测试乙", "phone", "13900000002", "next", "/");
        String idB = memberId(b);
        assertThat(hub.fission().graph(DemoSeeder.SPRING).node(idB).orElseThrow().node().parentId()).isEqualTo(idA);
        assertThat(hub.people().ownerOf(idB)).contains(idA);

        // C opens B's link: B earns 10 at level 1, A 3 at level 2
        String tokenB = share(b);
        Browser c = new Browser(mvc);
        assertThat(c.page("/s/" + tokenB)).contains("id=\"points-paid\">13<");
        assertThat(hub.points().balance(idB)).isEqualTo(10);
        assertThat(hub.points().balance(idA)).isEqualTo(13);

        // the campaign leaderboard ranks A by the standard competition rank of 13 points
        List<BoardRow> all = hub.leaderboards().campaign(DemoSeeder.SPRING).page(0, 1_000).items();
        long ahead = all.stream().filter(r -> r.points() > 13).count();
        BoardRow rowA = hub.leaderboards().campaign(DemoSeeder.SPRING).rankOf(idA).orElseThrow();
        assertThat(rowA.rank()).isEqualTo(ahead + 1);
        assertThat(rowA.points()).isEqualTo(13);
        assertThat(rowA.invited()).isEqualTo(1);
        String board = new Browser(mvc).as("admin").page("/leaderboards?campaign=spring-brake&who=" + idA);
        assertThat(board).contains("测试甲").containsPattern(
                "id=\"my-rank-row\"><span>测试甲</span>：第 <b>" + rowA.rank() + "</b> 名，\\s*<b>13</b> 积分");
        assertThat(board).contains("标准竞赛排名 1, 2, 2, 4");
        // the dense board counts distinct totals above A, and says so
        long distinctAhead = all.stream().filter(r -> r.points() > 13).map(BoardRow::points).distinct().count();
        String dense = new Browser(mvc).as("admin").page("/leaderboards?campaign=spring-brake&dense=true&who=" + idA);
        assertThat(dense).contains("不跳号（1, 2, 2, 3）").doesNotContain("标准竞赛排名").containsPattern(
                "id=\"my-rank-row\"><span>测试甲</span>：第 <b>" + (distinctAhead + 1) + "</b> 名");
        // A's own page shows the balance and the rank
        String mine = a.page("/me");
        assertThat(mine).contains("id=\"balance\">13<").contains("第 " + rowA.rank() + " 名");
        // the promoter's visitors list B (now the member) with A as owner, entering by LINK
        String visitors = new Browser(mvc).as("admin").page("/admin/campaigns/spring-brake/promoters/" + idA);
        assertThat(visitors).contains(idB, "测试乙", "LINK");
    }

    @Test
    @DisplayName("the campaign poster is a PNG whose QR code scans back to the sharer's landing page")
    void poster() throws Exception {
        Browser member = new Browser(mvc).as("member");
        long posterShares = hub.fission().stats(DemoSeeder.SPRING).shares().getOrDefault(Channel.POSTER, 0L);
        // the share page's image is one poster share, however often the browser fetches it
        Matcher src = Pattern.compile("id=\"poster\" src=\"([^\"]+)\"").matcher(member.post("/materials/M001/share")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(src.find()).isTrue();
        String url = src.group(1).replace("&amp;", "&");
        assertThat(url).matches("/campaigns/spring-brake/poster\\.png\\?share=[0-9a-f-]{36}");
        MockHttpServletResponse png = member.get(url);
        assertThat(member.get(url).getContentAsByteArray()).isEqualTo(png.getContentAsByteArray());
        assertThat(hub.fission().stats(DemoSeeder.SPRING).shares().get(Channel.POSTER)).isEqualTo(posterShares + 1);
        assertThat(png.getStatus()).isEqualTo(200);
        assertThat(png.getContentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.getContentAsByteArray()));
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(text).matches("http://localhost/s/[A-Za-z0-9_-]{32}");
        // scanning it in another browser enters by POSTER
        Browser scanner = new Browser(mvc);
        scanner.page(text.substring("http://localhost".length()));
        assertThat(hub.fission().graph(DemoSeeder.SPRING).node(scanner.cookie(Visitors.COOKIE)).orElseThrow().node()
                .entryChannel()).isEqualTo(EntryChannel.POSTER);
    }

    private String share(Browser browser) throws Exception {
        String page = browser.post("/materials/M001/share").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as(page).isTrue();
        String url = link.group(1);
        assertThat(url).matches("http://localhost/s/[A-Za-z0-9_-]{32}");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String memberId(Browser browser) throws Exception {
        Matcher id = Pattern.compile("ID (M\\d{5})").matcher(browser.page("/me"));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
