package io.sharehub.examples.app;

import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.engagement.Statistic;
import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.Report;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.GraphLimits;
import io.sharehub.points.BoardRow;
import io.sharehub.points.Leaderboard;
import io.sharehub.report.ReportRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Marketing's pages. Every list is one of ShareHub's reports, shown as a table and exported as XLSX
 * or CSV from the same report ({@code ?format=xlsx|csv}); phone numbers are masked unless the
 * administrator asks for them ({@code unmasked=true}). {@code /admin/**} is for administrators only
 * ({@link WebConfig}); the leaderboards are for everyone.
 */
@Controller
public class AdminController {
    private final ShareHub hub;
    private final Exports exports;
    private final DemoPeople people;

    /** @param hub the hub @param exports the export writers @param people the directory */
    public AdminController(ShareHub hub, Exports exports, DemoPeople people) {
        this.hub = hub;
        this.exports = exports;
        this.people = people;
    }

    /**
     * The dashboard: every campaign with its statistics.
     *
     * @param me who is visiting
     * @param format an export format, or none for the page
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin")
    public String dashboard(Me me, @RequestParam(required = false) String format, Model model,
            HttpServletResponse response) {
        List<Column> columns = List.of(Column.of("id", "活动ID", ColumnType.TEXT), Column.of("title", "活动", ColumnType.TEXT),
                Column.of("start", "开始", ColumnType.INSTANT), Column.of("end", "结束", ColumnType.INSTANT),
                Column.of("rule", "奖励规则", ColumnType.TEXT), Column.of("reads", "阅读", ColumnType.INTEGER),
                Column.of("uniqueVisitors", "独立访客", ColumnType.INTEGER), Column.of("sharers", "分享人数", ColumnType.INTEGER),
                Column.of("shares", "分享次数", ColumnType.INTEGER), Column.of("posterShares", "海报分享", ColumnType.INTEGER),
                Column.of("newReferrals", "新增推荐", ColumnType.INTEGER));
        List<List<?>> rows = new ArrayList<>();
        for (Campaign c : hub.fission().campaigns()) {
            CampaignStats s = hub.fission().stats(c.id());
            rows.add(java.util.Arrays.asList(c.id(), c.title(), c.start(), c.end(), rule(c), s.reads(),
                    s.uniqueVisitors(), s.sharers(), s.totalShares(), s.shares().getOrDefault(Channel.POSTER, 0L),
                    s.newReferrals()));
        }
        Report report = Report.of("活动", hub.zone(), columns, rows);
        return respond(report, new Table.Links().link("id", r -> "/admin/campaigns/" + r.get(0))
                .link("title", r -> "/admin/campaigns/" + r.get(0)), format, "活动", model, "admin/dashboard", response);
    }

    /**
     * 素材统计: materials sorted by a statistic, most popular first, all time or the last N days.
     *
     * @param me who is visiting
     * @param by the statistic
     * @param days 0 for all time, else the last N days
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin/materials")
    public String materials(Me me, @RequestParam(defaultValue = "VIEWS") Statistic by,
            @RequestParam(defaultValue = "0") int days, @RequestParam(required = false) String format, Model model,
            HttpServletResponse response) {
        Instant now = hub.clock().instant();
        TimeRange range = days <= 0 ? null : TimeRange.of(now.minus(Duration.ofDays(days)), now);
        model.addAttribute("by", by);
        model.addAttribute("days", days);
        model.addAttribute("statistics", Statistic.values());
        Report report = hub.reports().materialStats(ReportRequest.of(me.viewer()), by, range);
        return respond(report, new Table.Links().link("materialId", r -> "/materials/" + r.get(0))
                .link("title", r -> "/materials/" + r.get(0)), format, "素材统计", model, "admin/materials", response);
    }

    /**
     * 客户热度: people by heat.
     *
     * @param me who is visiting
     * @param unmasked whether phone numbers are shown whole
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin/people")
    public String peopleByHeat(Me me, @RequestParam(defaultValue = "false") boolean unmasked,
            @RequestParam(required = false) String format, Model model, HttpServletResponse response) {
        model.addAttribute("unmasked", unmasked);
        return respond(hub.reports().peopleByHeat(request(me, unmasked)),
                new Table.Links().link("personId", r -> "/admin/ledger?account=" + enc(r.get(0))),
                format, "客户热度", model, "admin/people", response);
    }

    /**
     * A campaign: its statistics and its promoters.
     *
     * @param me who is visiting
     * @param id the campaign
     * @param unmasked whether phone numbers are shown whole
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin/campaigns/{id}")
    public String campaign(Me me, @PathVariable String id, @RequestParam(defaultValue = "false") boolean unmasked,
            @RequestParam(required = false) String format, Model model, HttpServletResponse response) {
        Campaign campaign = campaign(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("rule", rule(campaign));
        model.addAttribute("stats", hub.fission().stats(id));
        model.addAttribute("unmasked", unmasked);
        return respond(hub.reports().promoters(request(me, unmasked), id),
                new Table.Links().link("personId", r -> "/admin/campaigns/" + enc(id) + "/promoters/" + enc(r.get(0))),
                format, "推广员_" + id, model, "admin/campaign", response);
    }

    /**
     * 推广员访客: the visitors a promoter's links brought, with owners and entry channels.
     *
     * @param me who is visiting
     * @param id the campaign
     * @param promoter the promoter
     * @param unmasked whether phone numbers are shown whole
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin/campaigns/{id}/promoters/{promoter}")
    public String visitors(Me me, @PathVariable String id, @PathVariable String promoter,
            @RequestParam(defaultValue = "false") boolean unmasked, @RequestParam(required = false) String format,
            Model model, HttpServletResponse response) {
        model.addAttribute("campaign", campaign(id));
        model.addAttribute("promoter", promoter);
        model.addAttribute("promoterName", people.nameOf(promoter));
        model.addAttribute("node", hub.fission().graph(id).node(promoter).orElse(null));
        model.addAttribute("unmasked", unmasked);
        return respond(hub.reports().promoterVisitors(request(me, unmasked), id, promoter), new Table.Links(),
                format, "推广员访客_" + promoter, model, "admin/visitors", response);
    }

    /**
     * 分享关系: the share graph, drawn with ECharts, and as a table.
     *
     * @param me who is visiting
     * @param id the campaign
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin/campaigns/{id}/graph")
    public String graph(Me me, @PathVariable String id, @RequestParam(required = false) String format, Model model,
            HttpServletResponse response) {
        model.addAttribute("campaign", campaign(id));
        return respond(hub.reports().shareGraph(ReportRequest.of(me.viewer()), id, GraphLimits.DEFAULT),
                new Table.Links().link("personId", r -> "/admin/campaigns/" + enc(id) + "/promoters/" + enc(r.get(0))),
                format, "分享关系_" + id, model, "admin/graph", response);
    }

    /**
     * The share graph as ECharts' graph series JSON, with names from the directory.
     *
     * @param id the campaign
     * @return the JSON
     */
    @GetMapping(value = "/admin/campaigns/{id}/graph.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    public ResponseEntity<String> graphJson(@PathVariable String id) {
        campaign(id);
        return ResponseEntity.ok(hub.fission().graph(id).export(GraphLimits.DEFAULT).toEChartsGraphJson());
    }

    /**
     * The directory's names of ids, for the graph's labels.
     *
     * @param ids person ids, comma-separated
     * @return id → name as JSON
     */
    @GetMapping(value = "/admin/names.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    public java.util.Map<String, String> names(@RequestParam List<String> ids) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        ids.stream().limit(2_000).forEach(id -> names.put(id, people.nameOf(id)));
        return names;
    }

    /**
     * Leaderboards: per campaign or over a period (today, this week, this month, any dates), of
     * people or of stores, with "my rank".
     *
     * @param me who is visiting
     * @param campaign a campaign, or empty for a period
     * @param period today, week, month or range (with from and to)
     * @param from the first day of a range
     * @param to the last day of a range
     * @param units stores instead of people
     * @param dense dense ranks
     * @param who whose rank to show (default: the visitor, or their store)
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/leaderboards")
    public String leaderboards(Me me, @RequestParam(required = false) String campaign,
            @RequestParam(defaultValue = "month") String period, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "false") boolean units,
            @RequestParam(defaultValue = "false") boolean dense, @RequestParam(required = false) String who,
            @RequestParam(required = false) String format, Model model, HttpServletResponse response) {
        List<Campaign> campaigns = hub.fission().campaigns();
        String chosen = campaign == null && from == null && "month".equals(period) && !campaigns.isEmpty()
                ? campaigns.get(campaigns.size() - 1).id() : campaign;
        Leaderboard board;
        String title;
        if (chosen != null && !chosen.isBlank()) {
            Campaign c = campaign(chosen);
            board = hub.leaderboards().campaign(c.id());
            title = c.title();
        } else {
            chosen = "";
            switch (period) {
                case "today" -> {
                    board = hub.leaderboards().today();
                    title = "今日";
                }
                case "week" -> {
                    board = hub.leaderboards().thisWeek();
                    title = "本周";
                }
                case "range" -> {
                    LocalDate first = from != null ? from : LocalDate.now(hub.clock().withZone(hub.zone())).minusDays(6);
                    LocalDate last = to != null ? to : LocalDate.now(hub.clock().withZone(hub.zone()));
                    from = first;
                    to = last;
                    board = hub.leaderboards().range(TimeRange.of(first.atStartOfDay(hub.zone()).toInstant(),
                            last.plusDays(1).atStartOfDay(hub.zone()).toInstant()));
                    title = first + " 至 " + last;
                }
                default -> {
                    period = "month";
                    board = hub.leaderboards().thisMonth();
                    title = "本月";
                }
            }
        }
        if (units) {
            board = board.units();
        }
        if (dense) {
            board = board.dense();
        }
        String mine = who != null && !who.isBlank() ? who.strip() : units ? me.unit() : me.id();
        Optional<BoardRow> myRow = mine.isEmpty() ? Optional.empty() : board.rankOf(mine);
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("campaign", chosen);
        model.addAttribute("period", period);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("units", units);
        model.addAttribute("dense", dense);
        model.addAttribute("boardTitle", title + (units ? " · 门店榜" : " · 个人榜"));
        model.addAttribute("who", mine);
        model.addAttribute("whoName", units ? mine : people.nameOf(mine));
        model.addAttribute("myRow", myRow.orElse(null));
        model.addAttribute("highlight", mine);
        return respond(hub.reports().leaderboard(ReportRequest.of(me.viewer()), board), new Table.Links(), format,
                "排行榜", model, "leaderboards", response);
    }

    /**
     * 待审核推荐: referrals the fraud rules flagged, with the reversal button.
     *
     * @param me who is visiting
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin/flagged")
    public String flagged(Me me, @RequestParam(required = false) String format, Model model,
            HttpServletResponse response) {
        return respond(hub.reports().flaggedReferrals(ReportRequest.of(me.viewer())),
                new Table.Links().action("撤销推荐", r -> Boolean.TRUE.equals(r.get(7)) ? null
                        : "/admin/flagged/" + enc(r.get(0)) + "/reverse"), format, "待审核推荐", model, "admin/flagged",
                response);
    }

    /**
     * Reverses a referral: every level's points come back (as debt where they were spent).
     *
     * @param referral the referral
     * @param model the model
     * @return back to the list
     */
    @PostMapping("/admin/flagged/{referral}/reverse")
    public String reverse(@PathVariable String referral, Model model) {
        hub.fission().reverseReferral(referral);
        return "redirect:/admin/flagged";
    }

    /**
     * 积分流水: any account's ledger.
     *
     * @param me who is visiting
     * @param account the account
     * @param format an export format, or none
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/admin/ledger")
    public String ledger(Me me, @RequestParam String account, @RequestParam(required = false) String format,
            Model model, HttpServletResponse response) {
        model.addAttribute("account", account);
        model.addAttribute("accountName", people.nameOf(account));
        model.addAttribute("balance", hub.points().balance(account));
        model.addAttribute("debt", hub.points().debt(account));
        return respond(hub.reports().ledger(ReportRequest.of(me.viewer()), account), new Table.Links(), format,
                "积分流水_" + account, model, "admin/ledger", response);
    }

    private String respond(Report report, Table.Links links, String format, String fileName, Model model, String view,
            HttpServletResponse response) {
        if (format != null && !format.isBlank()) {
            exports.write(format, report, fileName, response);
            return null;
        }
        model.addAttribute("table", Table.of(report, links));
        return view;
    }

    private Campaign campaign(String id) {
        return hub.fission().campaign(id).orElseThrow(() -> new PageException.NotFound("没有活动 " + id + "。"));
    }

    private static ReportRequest request(Me me, boolean unmasked) {
        return unmasked && me.isAdmin() ? ReportRequest.unmaskedFor(me.viewer()) : ReportRequest.of(me.viewer());
    }

    private static String rule(Campaign c) {
        List<Long> points = c.rule().points();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            s.append(i == 0 ? "" : " / ").append(i + 1).append("级 ").append(points.get(i));
        }
        return s.toString();
    }

    private static String enc(Object s) {
        return URLEncoder.encode(String.valueOf(s), StandardCharsets.UTF_8);
    }
}
