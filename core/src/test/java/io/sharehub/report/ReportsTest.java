package io.sharehub.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.InvalidInputException;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.Statistic;
import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.CsvReportWriter;
import io.sharehub.export.Report;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.GraphLimits;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.VisitRequest;
import io.sharehub.people.ProfileDirectory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The domain reports, written as CSV and read back with a CSV parser. */
class ReportsTest {
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final ProfileDirectory CRM = ProfileDirectory.of(
            List.of(Column.of("name", "姓名", ColumnType.TEXT), Column.personal("phone", "手机号")),
            ids -> Map.of("U1", List.of("张三", "13812345678"), "V", List.of("李四", "13900001111")));

    ShareHub hub;

    @BeforeEach
    void hub() {
        hub = ShareHub.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).profiles(CRM).build();
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        hub.catalog().createMaterial(MaterialSpec.of("open", "=HYPERLINK(\"x\")公开手册", "c"));
        hub.catalog().createMaterial(MaterialSpec.of("secret", "内部价格表", "c")
                .withVisibility(Visibility.internalTo("sales")));
        hub.catalog().publish("open");
        hub.catalog().publish("secret");
        hub.engagement().record(EngagementEvent.view("e1", Viewer.employee("E1", "sales"), "secret"));
        hub.engagement().record(EngagementEvent.view("e2", Viewer.member("U1"), "open"));
        hub.fission().createCampaign(CampaignSpec.of("C1", "双十一"));
        String token = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.POSTER)).token();
        hub.fission().visit(VisitRequest.of(token, Viewer.member("V")));
    }

    static List<CSVRecord> csv(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvReportWriter.create().write(report, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return new ArrayList<>(CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords());
    }

    @Test
    @DisplayName("material statistics made for a member hold only what the member may list; formulas are defused")
    void materialStatsObeyAccess() throws IOException {
        List<CSVRecord> member = csv(hub.reports().materialStats(ReportRequest.of(Viewer.member("U1")),
                Statistic.VIEWS, null));
        assertThat(member).hasSize(2);
        assertThat(member.get(0).get(0)).isEqualTo("素材ID");
        assertThat(member.get(1).get(1)).isEqualTo("'=HYPERLINK(\"x\")公开手册");
        List<CSVRecord> admin = csv(hub.reports().materialStats(ReportRequest.of(Viewer.admin("A")),
                Statistic.VIEWS, null));
        assertThat(admin).extracting(r -> r.get(0)).containsExactly("素材ID", "open", "secret");
    }

    @Test
    @DisplayName("an administrator's material statistics list drafts, which have no publish instant, with an empty cell")
    void materialStatsListDrafts() throws IOException {
        hub.catalog().createMaterial(MaterialSpec.of("draft", "草稿手册", "c"));
        List<CSVRecord> admin = csv(hub.reports().materialStats(ReportRequest.of(Viewer.admin("A")),
                Statistic.VIEWS, null));
        CSVRecord draft = admin.stream().filter(r -> r.get(0).equals("draft")).findFirst().orElseThrow();
        assertThat(draft.get(3)).isEqualTo("DRAFT");
        assertThat(draft.get(4)).isEmpty();
    }

    @Test
    @DisplayName("person columns come from the profile directory; personal ones are masked unless an admin asks")
    void profilesAndMasking() throws IOException {
        List<CSVRecord> masked = csv(hub.reports().promoters(ReportRequest.of(Viewer.admin("A")), "C1"));
        assertThat(masked.get(0).toList()).containsExactly("推广员ID", "姓名", "手机号", "门店", "分享次数", "带来阅读",
                "新增推荐", "积分");
        assertThat(masked.get(1).toList()).containsExactly("U1", "张三", "138****5678", "", "1", "1", "1", "10");
        List<CSVRecord> unmasked = csv(hub.reports().promoters(ReportRequest.unmaskedFor(Viewer.admin("A")), "C1"));
        assertThat(unmasked.get(1).get(2)).isEqualTo("13812345678");
        assertThatThrownBy(() -> ReportRequest.unmaskedFor(Viewer.employee("E", "sales")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unmasked");
    }

    @Test
    @DisplayName("heat, visitors, graph, leaderboard, ledger and flagged referrals export with their values")
    void everyReport() throws IOException {
        ReportRequest admin = ReportRequest.of(Viewer.admin("A"));
        assertThat(csv(hub.reports().peopleByHeat(admin))).extracting(r -> r.get(0))
                .containsExactly("用户ID", "U1", "E1");
        List<CSVRecord> visitors = csv(hub.reports().promoterVisitors(admin, "C1", "U1"));
        assertThat(visitors.get(1).toList()).containsExactly("V", "李四", "139****1111", "2026-03-02 10:00:00", "1",
                "TRUE", "POSTER", "U1");
        List<CSVRecord> graph = csv(hub.reports().shareGraph(admin, "C1", GraphLimits.DEFAULT));
        assertThat(graph).extracting(r -> r.get(0)).containsExactly("用户ID", "U1", "V");
        assertThat(graph.get(2).get(3)).isEqualTo("U1");
        List<CSVRecord> board = csv(hub.reports().leaderboard(admin, hub.leaderboards().campaign("C1")));
        assertThat(board.get(1).toList()).containsExactly("1", "U1", "张三", "138****5678", "10", "1",
                "2026-03-02 10:00:00");
        List<CSVRecord> ledger = csv(hub.reports().ledger(admin, "U1"));
        assertThat(ledger.get(1).get(1)).isEqualTo("REFERRAL_L1");
        assertThat(ledger.get(1).get(2)).isEqualTo("10");
        assertThat(csv(hub.reports().flaggedReferrals(admin))).hasSize(1);
    }

    @Test
    @DisplayName("a report over a range names it in the hub's zone: whole days as dates, else to the minute")
    void rangeTitles() {
        ReportRequest admin = ReportRequest.of(Viewer.admin("A"));
        Instant weekStart = Instant.parse("2026-02-22T16:00:00Z");   // 2026-02-23 00:00 in Shanghai
        assertThat(hub.reports().leaderboard(admin, hub.leaderboards().range(
                TimeRange.of(weekStart, weekStart.plus(Duration.ofDays(7))))).title())
                .isEqualTo("排行榜 2026-02-23 至 2026-03-01");
        assertThat(hub.reports().leaderboard(admin, hub.leaderboards().range(
                TimeRange.of(weekStart, weekStart.plus(Duration.ofDays(1)))).units()).title())
                .isEqualTo("排行榜 2026-02-23 门店");
        assertThat(hub.reports().materialStats(admin, Statistic.VIEWS, TimeRange.of(NOW.minus(Duration.ofDays(7)), NOW))
                .title()).isEqualTo("素材统计 2026-02-23 10:00 – 2026-03-02 10:00");
    }
}
