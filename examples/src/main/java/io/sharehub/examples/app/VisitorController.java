package io.sharehub.examples.app;

import io.sharehub.ShareHub;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.catalog.Material;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.Share;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.people.People;
import io.sharehub.points.BoardRow;
import io.sharehub.points.Leaderboard;
import io.sharehub.report.ReportRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a visitor does around a share: the landing page of a link, signing up (which merges the
 * browser's anonymous id into the new member), switching personas, and "my points".
 */
@Controller
public class VisitorController {
    private final ShareHub hub;
    private final DemoPeople people;
    private final Visitors visitors;
    private final Exports exports;

    /** @param hub the hub @param people the directory @param visitors who is visiting @param exports export */
    public VisitorController(ShareHub hub, DemoPeople people, Visitors visitors, Exports exports) {
        this.hub = hub;
        this.people = people;
        this.visitors = visitors;
        this.exports = exports;
    }

    /**
     * The landing page of a share link: records the visit (a read, and a referral on the first
     * touch), shows the campaign article, and a VIEW of its material when the visitor may view it.
     * The visit and the view are one Spring transaction that ShareHub joins.
     *
     * @param me who is visiting
     * @param token the share token
     * @param model the model
     * @return the view
     */
    @GetMapping("/s/{token}")
    @Transactional
    public String landing(Me me, @PathVariable String token, Model model) {
        Share share = hub.fission().resolve(token);
        Campaign campaign = hub.fission().campaign(share.campaignId())
                .orElseThrow(() -> new PageException.NotFound("活动不存在。"));
        VisitOutcome visit = hub.fission().visit(VisitRequest.of(token, me.viewer()).fromDevice(me.browserId()));
        Material material = campaign.material().flatMap(id -> hub.catalog().material(me.viewer(), id)).orElse(null);
        Decision view = material == null ? Decision.NOT_FOUND : hub.access().decide(me.viewer(), material.id(), Action.VIEW);
        if (view.isAllowed()) {
            hub.engagement().record(EngagementEvent.view(UUID.randomUUID().toString(), me.viewer(), material.id()));
        }
        model.addAttribute("token", token);
        model.addAttribute("campaign", campaign);
        model.addAttribute("open", campaign.isOpen(hub.clock().instant()));
        model.addAttribute("sharer", people.nameOf(hub.people().resolve(share.personId())));
        model.addAttribute("visit", visit);
        model.addAttribute("material", material);
        model.addAttribute("view", view);
        model.addAttribute("stats", hub.fission().stats(campaign.id()));
        return "landing";
    }

    /**
     * The sign-up form.
     *
     * @param reason why it is shown (download, favourite, view)
     * @param next where to go after
     * @param model the model
     * @return the view
     */
    @GetMapping("/signup")
    public String signupForm(@RequestParam(required = false) String reason, @RequestParam(defaultValue = "/") String next,
            Model model) {
        model.addAttribute("reason", reason);
        model.addAttribute("next", safe(next));
        return "signup";
    }

    /**
     * Signs the browser's visitor up: a new member in the host's directory, and everything ShareHub
     * recorded for the anonymous id (views, visits, graph position, points) becomes the member's.
     *
     * @param me who is visiting
     * @param name the name
     * @param phone the phone number
     * @param next where to go after
     * @param request the request
     * @param response the response
     * @param model the model
     * @return the redirect
     */
    @PostMapping("/signup")
    public String signup(Me me, @RequestParam String name, @RequestParam String phone,
            @RequestParam(defaultValue = "/") String next, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 32 || !phone.strip().matches("1[3-9][0-9]{9}")) {
            model.addAttribute("error", "请填写姓名（最多32个字）和11位手机号。");
            model.addAttribute("next", safe(next));
            response.setStatus(400);
            return "signup";
        }
        String memberId = people.signUp(trimmed, phone.strip());
        People.MergeOutcome merged = hub.people().merge(me.browserId(), memberId);
        visitors.signedUp(request, response, memberId);
        request.getSession().setAttribute("flash", "注册成功，欢迎 " + trimmed + "！会员号 " + memberId
                + (merged.merged() ? "，注册前的浏览与访问记录已并入你的账户。" : "。"));
        return "redirect:" + safe(next);
    }

    /**
     * Switches the persona.
     *
     * @param key the persona's key
     * @param next where to go after
     * @param request the request
     * @return the redirect
     */
    @PostMapping("/persona")
    public String persona(@RequestParam String key, @RequestParam(defaultValue = "/") String next,
            HttpServletRequest request) {
        Persona persona = Persona.byKey(key).filter(Persona::switchable)
                .orElseThrow(() -> new IllegalArgumentException("unknown persona '" + key + "'"));
        visitors.switchTo(request, persona);
        return "redirect:" + safe(next);
    }

    /**
     * My points: balance, debt, ledger, my rank on every board, my favourites.
     *
     * @param me who is visiting
     * @param format {@code xlsx} or {@code csv} to download the ledger instead
     * @param model the model
     * @param response the response
     * @return the view
     */
    @GetMapping("/me")
    public String me(Me me, @RequestParam(required = false) String format, Model model, HttpServletResponse response) {
        if (format != null && !format.isBlank()) {
            exports.write(format, hub.reports().ledger(ReportRequest.of(me.viewer()), me.id()), "积分流水", response);
            return null;
        }
        model.addAttribute("balance", hub.points().balance(me.id()));
        model.addAttribute("debt", hub.points().debt(me.id()));
        model.addAttribute("heat", Math.round(hub.heat().ofPerson(me.id()) * 100) / 100.0);
        model.addAttribute("owner", hub.people().ownerOf(me.id()).map(people::nameOf).orElse(null));
        model.addAttribute("ledger", Table.of(hub.reports().ledger(ReportRequest.of(me.viewer()), me.id())));
        List<MyRank> ranks = new ArrayList<>();
        for (Campaign c : hub.fission().campaigns()) {
            ranks.add(rank(c.title(), hub.leaderboards().campaign(c.id()), me.id()));
        }
        ranks.add(rank("本周（全部活动）", hub.leaderboards().thisWeek(), me.id()));
        ranks.add(rank("本月（全部活动）", hub.leaderboards().thisMonth(), me.id()));
        if (!me.unit().isEmpty()) {
            for (Campaign c : hub.fission().campaigns()) {
                ranks.add(rank(c.title() + " · 门店榜 " + me.unit(), hub.leaderboards().campaign(c.id()).units(), me.unit()));
            }
        }
        model.addAttribute("ranks", ranks);
        model.addAttribute("favorites", hub.engagement().favorites(me.viewer(), 0, 50).items());
        return "me";
    }

    /**
     * One board's row for one id.
     *
     * @param board the board's name
     * @param rank the rank, or null when not listed
     * @param points the points
     * @param invited invited
     * @param total the number of listed rows
     */
    public record MyRank(String board, Long rank, long points, long invited, long total) {
    }

    private static MyRank rank(String name, Leaderboard board, String id) {
        var standings = board.standings(0, 1, id);
        Optional<BoardRow> row = standings.me();
        return new MyRank(name, row.map(BoardRow::rank).orElse(null), row.map(BoardRow::points).orElse(0L),
                row.map(BoardRow::invited).orElse(0L), standings.page().total());
    }

    /** Only local paths: never redirect elsewhere. */
    static String safe(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
