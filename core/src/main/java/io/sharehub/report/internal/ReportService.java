package io.sharehub.report.internal;

import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.engagement.Statistic;
import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.Masking;
import io.sharehub.export.Report;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.GraphLimits;
import io.sharehub.fission.NodeSummary;
import io.sharehub.fission.PromoterStats;
import io.sharehub.fission.PromoterVisitor;
import io.sharehub.fission.Referral;
import io.sharehub.heat.HeatRow;
import io.sharehub.internal.Check;
import io.sharehub.people.People;
import io.sharehub.people.ProfileDirectory;
import io.sharehub.points.BoardRow;
import io.sharehub.points.BoardScope;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.Leaderboard;
import io.sharehub.points.LedgerEntry;
import io.sharehub.report.ReportRequest;
import io.sharehub.report.Reports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The administrators' lists as streamed reports, over the hub's public APIs. */
public final class ReportService implements Reports {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final ShareHub hub;
    private final ProfileDirectory profiles;

    /**
     * @param hub the hub whose lists these are
     * @param profiles the host's directory of people
     */
    public ReportService(ShareHub hub, ProfileDirectory profiles) {
        this.hub = hub;
        this.profiles = profiles;
    }

    @Override
    public Report materialStats(ReportRequest request, Statistic by, TimeRange range) {
        Check.given("request", request);
        Check.given("by", by);
        List<Column> columns = List.of(text("materialId", "素材ID"), text("title", "标题"), text("type", "类型"),
                text("status", "状态"), instant("publishAt", "发布时间"), integer("views", "浏览量"),
                integer("uniqueViewers", "独立访客"), integer("favorites", range == null ? "收藏数" : "新增收藏"),
                integer("downloads", "下载量"), integer("shares", "分享量"));
        String title = "素材统计" + (range == null ? "" : " " + span(range));
        return finish(request, new PagedReport<MaterialStatsRow>(title, hub.zone(), columns,
                (page, size) -> hub.engagement().popular(request.viewer(), by, range, page, size),
                // a draft has no publish instant: Arrays.asList, since List.of refuses the null
                rows -> rows.stream().map(r -> java.util.Arrays.<Object>asList(r.material().id(), r.material().title(),
                        r.material().type().name(), r.material().status().name(),
                        r.material().publishAt(), r.stats().views(), r.stats().uniqueViewers(),
                        r.stats().favorites(), r.stats().downloads(), r.stats().shares())).map(ReportService::row)
                        .toList()));
    }

    @Override
    public Report peopleByHeat(ReportRequest request) {
        Check.given("request", request);
        java.time.Instant at = hub.clock().instant();
        List<Column> columns = withProfiles(text("personId", "用户ID"), List.of(text("unit", "门店"),
                text("owner", "所属人"), Column.of("heat", "热度值", ColumnType.DECIMAL)));
        return finish(request, new PagedReport<HeatRow>("客户热度", hub.zone(), columns,
                (page, size) -> hub.heat().people(at, page, size),
                rows -> withProfileValues(rows, HeatRow::id, r -> List.of(
                        hub.people().unitOf(r.id()).orElse(""), hub.people().ownerOf(r.id()).orElse(""),
                        BigDecimal.valueOf(r.heat()).setScale(2, RoundingMode.HALF_UP)))));
    }

    @Override
    public Report promoters(ReportRequest request, String campaignId) {
        Check.given("request", request);
        Campaign campaign = campaign(campaignId);
        List<Column> columns = withProfiles(text("personId", "推广员ID"), List.of(text("unit", "门店"),
                integer("shares", "分享次数"), integer("readsBrought", "带来阅读"),
                integer("newReferrals", "新增推荐"), integer("points", "积分")));
        return finish(request, new PagedReport<PromoterStats>("推广员 " + campaign.title(), hub.zone(), columns,
                (page, size) -> hub.fission().promoters(campaign.id(), page, size),
                rows -> withProfileValues(rows, PromoterStats::personId, p -> List.of(
                        hub.people().unitOf(p.personId()).orElse(""), p.shares(), p.readsBrought(),
                        p.newReferrals(), p.points()))));
    }

    @Override
    public Report promoterVisitors(ReportRequest request, String campaignId, String promoterId) {
        Check.given("request", request);
        Campaign campaign = campaign(campaignId);
        String promoter = Check.id("promoterId", promoterId);
        List<Column> columns = withProfiles(text("visitorId", "访客ID"), List.of(
                instant("firstVisitAt", "首次访问"), integer("visits", "访问次数"),
                Column.of("referral", "成为推荐", ColumnType.BOOLEAN), text("entryChannel", "进入渠道"),
                text("owner", "所属人")));
        return finish(request, new PagedReport<PromoterVisitor>("推广员访客 " + promoter, hub.zone(), columns,
                (page, size) -> hub.fission().visitors(campaign.id(), promoter, page, size),
                rows -> withProfileValues(rows, PromoterVisitor::visitorId, v -> java.util.Arrays.asList(
                        v.firstVisitAt(), v.visits(), v.referral(),
                        v.entryChannel() == null ? null : v.entryChannel().name(),
                        v.ownerId() == null ? "" : v.ownerId()))));
    }

    @Override
    public Report shareGraph(ReportRequest request, String campaignId, GraphLimits limits) {
        Check.given("request", request);
        Campaign campaign = campaign(campaignId);
        GraphLimits checked = Check.given("limits", limits);
        List<Column> columns = withProfiles(text("personId", "用户ID"), List.of(text("parentId", "上级"),
                integer("depth", "层级"), text("entryChannel", "进入渠道"), instant("joinedAt", "加入时间"),
                integer("directInvites", "直接邀请"), integer("descendants", "下级总数"), integer("points", "积分"),
                Column.of("reversed", "已撤销", ColumnType.BOOLEAN)));
        List<NodeSummary> nodes = new ArrayList<>();
        return finish(request, new PagedReport<NodeSummary>("分享关系 " + campaign.title(), hub.zone(), columns,
                (page, size) -> {
                    if (page == 0) {
                        nodes.clear();
                        nodes.addAll(hub.fission().graph(campaign.id()).export(checked).nodes());
                    }
                    int from = Math.min(nodes.size(), page * size);
                    return new Page<>(nodes.subList(from, Math.min(nodes.size(), from + size)), page, size,
                            nodes.size());
                },
                rows -> withProfileValues(rows, n -> n.node().personId(), n -> java.util.Arrays.asList(
                        n.node().parentId() == null ? "" : n.node().parentId(), (long) n.node().depth(),
                        n.node().entryChannel().name(), n.node().joinedAt(), n.directInvites(), n.descendants(),
                        n.points(), n.node().reversed()))));
    }

    /**
     * A range as people read it, in the hub's zone: whole days as {@code 2026-12-01 至 2026-12-07}
     * (the last day included) or one date, else both ends to the minute, {@code 2026-11-27 09:30 –
     * 2026-12-04 09:30}.
     */
    String span(TimeRange range) {
        ZonedDateTime from = range.from().atZone(hub.zone());
        ZonedDateTime to = range.to().atZone(hub.zone());
        if (from.toLocalTime().equals(LocalTime.MIDNIGHT) && to.toLocalTime().equals(LocalTime.MIDNIGHT)
                && to.isAfter(from)) {
            LocalDate last = to.toLocalDate().minusDays(1);
            return last.equals(from.toLocalDate()) ? last.toString() : from.toLocalDate() + " 至 " + last;
        }
        return MINUTES.format(from) + " – " + MINUTES.format(to);
    }

    @Override
    public Report leaderboard(ReportRequest request, Leaderboard board) {
        Check.given("request", request);
        Check.given("board", board);
        BoardScope scope = board.scope();
        boolean units = scope.subject() == BoardSubject.UNITS;
        List<Column> tail = List.of(integer("points", "积分"), integer("invited", "邀请人数"),
                instant("reachedAt", "达成时间"));
        List<Column> columns = new ArrayList<>();
        columns.add(integer("rank", "名次"));
        columns.addAll(units ? concat(List.of(text("unit", "门店")), tail) : withProfiles(text("account", "用户ID"), tail));
        String title = "排行榜 " + (scope.campaignId() != null ? scope.campaignId()
                : span(scope.range())) + (units ? " 门店" : "");
        return finish(request, new PagedReport<BoardRow>(title, hub.zone(), columns, board::page, rows -> {
            List<List<Object>> out = units
                    ? rows.stream().map(r -> row(List.of(r.id(), r.points(), r.invited(), r.reachedAt()))).toList()
                    : withProfileValues(rows, BoardRow::id, r -> List.of(r.points(), r.invited(), r.reachedAt()));
            List<List<Object>> ranked = new ArrayList<>(out.size());
            for (int i = 0; i < rows.size(); i++) {
                List<Object> line = new ArrayList<>();
                line.add(rows.get(i).rank());
                line.addAll(out.get(i));
                ranked.add(Collections.unmodifiableList(line));
            }
            return ranked;
        }));
    }

    @Override
    public Report ledger(ReportRequest request, String account) {
        Check.given("request", request);
        String id = Check.id("account", account);
        List<Column> columns = List.of(instant("instant", "时间"), text("reason", "类型"), integer("amount", "积分"),
                text("campaignId", "活动"), text("referralId", "推荐ID"), text("key", "幂等键"), text("note", "备注"));
        return finish(request, new PagedReport<LedgerEntry>("积分流水 " + id, hub.zone(), columns,
                (page, size) -> hub.points().entries(id, page, size),
                rows -> rows.stream().map(e -> row(java.util.Arrays.asList(e.instant(), e.reason().name(),
                        e.amount(), e.campaignId(), e.referralId(), e.key(), e.note()))).toList()));
    }

    @Override
    public Report flaggedReferrals(ReportRequest request) {
        Check.given("request", request);
        List<Column> columns = List.of(text("referralId", "推荐ID"), text("campaignId", "活动"),
                text("sharerId", "推广员"), text("visitorId", "访客"), instant("at", "时间"), text("reason", "原因"),
                integer("points", "积分"), Column.of("reversed", "已撤销", ColumnType.BOOLEAN));
        return finish(request, new PagedReport<Referral>("待审核推荐", hub.zone(), columns,
                (page, size) -> hub.fission().flaggedReferrals(page, size),
                rows -> rows.stream().map(r -> row(List.of(r.referralId(), r.campaignId(), r.sharerId(),
                        r.visitorId(), r.at(), r.flagReason(),
                        r.payouts().stream().mapToLong(io.sharehub.fission.Payout::points).sum(), r.reversed())))
                        .toList()));
    }

    // ---------------------------------------------------------------- helpers

    private Campaign campaign(String campaignId) {
        String id = Check.id("campaignId", campaignId);
        return hub.fission().campaign(id).orElseThrow(() -> new io.sharehub.UnknownCampaignException("campaignId", id));
    }

    private static Report finish(ReportRequest request, Report report) {
        return request.unmasked() ? report : Masking.masked(report);
    }

    private List<Column> withProfiles(Column id, List<Column> tail) {
        List<Column> columns = new ArrayList<>();
        columns.add(id);
        columns.addAll(profiles.columns());
        columns.addAll(tail);
        return columns;
    }

    private <T> List<List<Object>> withProfileValues(List<T> items, Function<T, String> idOf,
            Function<T, List<?>> tail) {
        List<String> known = items.stream().map(idOf).filter(id -> !People.isErased(id)).distinct().toList();
        Map<String, List<String>> found = known.isEmpty() ? Map.of() : profiles.profiles(known);
        int width = profiles.columns().size();
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            String id = idOf.apply(item);
            List<Object> row = new ArrayList<>();
            row.add(id);
            List<String> values = found.get(id);
            for (int i = 0; i < width; i++) {
                row.add(values == null || i >= values.size() ? null : values.get(i));
            }
            row.addAll(tail.apply(item));
            rows.add(Collections.unmodifiableList(row));
        }
        return rows;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Object> row(List<?> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    private static Column text(String key, String header) {
        return Column.of(key, header, ColumnType.TEXT);
    }

    private static Column integer(String key, String header) {
        return Column.of(key, header, ColumnType.INTEGER);
    }

    private static Column instant(String key, String header) {
        return Column.of(key, header, ColumnType.INSTANT);
    }
}
