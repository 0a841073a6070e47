package io.sharehub.examples.app;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.catalog.CategoryNode;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.catalog.SearchSort;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.Statistic;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.Channel;
import io.sharehub.fission.PosterOutcome;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.poster.PosterRenderer;
import io.sharehub.poster.PosterSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The material center: home and search, a material's page, favourite, download, share, the employee zone. */
@Controller
public class CatalogController {
    private static final int PAGE_SIZE = 12;

    private final ShareHub hub;
    private final PosterRenderer posters;
    private final DemoPeople people;

    /** @param hub the hub @param posters the poster renderer @param people the directory */
    public CatalogController(ShareHub hub, PosterRenderer posters, DemoPeople people) {
        this.hub = hub;
        this.posters = posters;
        this.people = people;
    }

    /**
     * The home page: the search bar, the categories, and the results (newest first without a query).
     *
     * @param me who is visiting
     * @param q the query
     * @param category a category
     * @param type a material type
     * @param sort relevance, newest or most viewed
     * @param page the 0-based page
     * @param model the model
     * @return the view
     */
    @GetMapping({"/", "/search"})
    public String home(Me me, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) MaterialType type, @RequestParam(required = false) SearchSort sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SearchSort order = sort != null ? sort : q.isBlank() ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        SearchRequest request = SearchRequest.of(q).sortedBy(order).page(Math.max(0, page), PAGE_SIZE);
        if (category != null && !category.isBlank()) {
            request = request.withCategory(category);
        }
        if (type != null) {
            request = request.withTypes(type);
        }
        Page<SearchHit> hits = hub.catalog().search(me.viewer(), request);
        List<CategoryNode> tree = hub.catalog().categoryTree(me.viewer());
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("categoryName", category == null ? null
                : hub.catalog().category(me.viewer(), category).map(c -> c.name()).orElse(null));
        model.addAttribute("type", type);
        model.addAttribute("sort", order);
        model.addAttribute("types", MaterialType.values());
        model.addAttribute("sorts", SearchSort.values());
        model.addAttribute("tree", tree);
        model.addAttribute("hits", hits);
        model.addAttribute("popular", hub.engagement().popular(me.viewer(), Statistic.VIEWS, null, 0, 5).items());
        model.addAttribute("campaigns", hub.fission().campaigns().stream()
                .filter(c -> c.isOpen(hub.clock().instant())).toList());
        return "home";
    }

    /**
     * A material's page. Opening it is a VIEW when the visitor may view it; an anonymous visitor
     * on members-only material sees the summary and the registration prompt.
     *
     * @param me who is visiting
     * @param id the material
     * @param model the model
     * @return the view
     */
    @GetMapping("/materials/{id}")
    public String material(Me me, @PathVariable String id, Model model) {
        Material material = visible(me, id);
        Decision view = hub.access().decide(me.viewer(), id, Action.VIEW);
        if (view.isAllowed()) {
            hub.engagement().record(EngagementEvent.view(UUID.randomUUID().toString(), me.viewer(), id));
        }
        model.addAttribute("material", material);
        model.addAttribute("view", view);
        model.addAttribute("download", hub.access().decide(me.viewer(), id, Action.DOWNLOAD));
        model.addAttribute("favorite", hub.engagement().isFavorite(me.id(), id));
        model.addAttribute("stats", hub.engagement().stats(id));
        model.addAttribute("published", material.publishAt() == null ? null
                : material.publishAt().atZone(hub.zone()).toLocalDate().toString());
        model.addAttribute("categories", material.categoryIds().stream()
                .map(c -> hub.catalog().category(me.viewer(), c).map(x -> x.name()).orElse(null))
                .filter(n -> n != null).toList());
        model.addAttribute("campaign", campaignOf(id).orElse(null));
        return "material";
    }

    /**
     * Favourite or unfavourite.
     *
     * @param me who is visiting
     * @param id the material
     * @param on favourite (true) or unfavourite
     * @return back to the material
     */
    @PostMapping("/materials/{id}/favorite")
    public String favorite(Me me, @PathVariable String id, @RequestParam boolean on) {
        visible(me, id);
        String eventId = UUID.randomUUID().toString();
        var outcome = hub.engagement().record(on ? EngagementEvent.favorite(eventId, me.viewer(), id)
                : EngagementEvent.unfavorite(eventId, me.viewer(), id));
        if (outcome.decision() == Decision.REGISTRATION_REQUIRED) {
            return "redirect:/signup?reason=favorite&next=" + encode("/materials/" + id);
        }
        return "redirect:/materials/" + id;
    }

    /**
     * Downloads the file: a DOWNLOAD when allowed; the registration prompt for an anonymous
     * visitor where members may download; a 403 page where only employees may.
     *
     * @param me who is visiting
     * @param id the material
     * @return the file (the demo host's stand-in for the file the reference names)
     */
    @GetMapping("/materials/{id}/download")
    public ResponseEntity<byte[]> download(Me me, @PathVariable String id) {
        Material material = visible(me, id);
        Decision decision = hub.access().decide(me.viewer(), id, Action.DOWNLOAD);
        if (decision == Decision.REGISTRATION_REQUIRED) {
            return ResponseEntity.status(303).location(ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/signup").queryParam("reason", "download").queryParam("next", "/materials/" + id)
                    .build().toUri()).build();
        }
        if (!decision.isAllowed()) {
            throw new PageException.Forbidden("《" + material.title() + "》的文件仅限"
                    + (material.downloadRequirement().map(v -> v.groups().isEmpty() ? "员工" : "指定团队的员工").orElse("员工"))
                    + "下载。你可以在线查看它。");
        }
        hub.engagement().record(EngagementEvent.download(UUID.randomUUID().toString(), me.viewer(), id));
        String body = "ShareHub 演示下载\n\n素材：" + material.title() + "\n编号：" + material.id()
                + "\n零件号：" + material.attribute("partNumber").orElse("-")
                + "\n文件：" + material.fileRef() + "\n\n(ShareHub 不保存文件：真实系统在这里返回 fileRef 指向的文件。)\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(material.id() + ".txt", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Shares a material: through its campaign when it has one (a tracked link that earns points),
     * else as a plain link (a SHARE event).
     *
     * @param me who is visiting
     * @param id the material
     * @param model the model
     * @return the share page
     */
    @PostMapping("/materials/{id}/share")
    public String share(Me me, @PathVariable String id, Model model) {
        Material material = visible(me, id);
        Optional<Campaign> campaign = campaignOf(id);
        model.addAttribute("material", material);
        if (campaign.isPresent()) {
            ShareOutcome shared = hub.fission().share(ShareRequest.of(me.viewer(), campaign.get().id(), Channel.LINK));
            denied(shared.decision(), id);
            model.addAttribute("campaign", campaign.get());
            model.addAttribute("link", absolute("/s/" + shared.token()));
            // one poster share per share page: reloading the image repeats it (see campaignPoster)
            model.addAttribute("poster", "/campaigns/" + campaign.get().id() + "/poster.png?share=" + UUID.randomUUID());
        } else {
            var outcome = hub.engagement().record(EngagementEvent.share(UUID.randomUUID().toString(), me.viewer(), id));
            denied(outcome.decision(), id);
            model.addAttribute("link", absolute("/materials/" + id));
            model.addAttribute("poster", "/materials/" + id + "/poster.png");
        }
        return "share";
    }

    /**
     * A campaign poster of the visitor's own share (channel POSTER): scanning it enters by POSTER.
     * The share page gives each display its own {@code share} id, the poster share's idempotency
     * id: the browser fetching the image again (a reload, a second tab) repeats that share action
     * rather than counting another. Without it, or when the id was another person's, every fetch
     * is a share action.
     *
     * @param me who is visiting
     * @param campaignId the campaign
     * @param share the share page's id for this poster, if any
     * @return the PNG
     */
    @GetMapping(value = "/campaigns/{campaignId}/poster.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> campaignPoster(Me me, @PathVariable String campaignId,
            @RequestParam(required = false) UUID share) {
        Campaign campaign = hub.fission().campaign(campaignId)
                .orElseThrow(() -> new PageException.NotFound("没有这个活动。"));
        PosterOutcome outcome;
        try {
            outcome = hub.fission().poster(new ShareRequest(share == null ? null : "poster-" + share, me.viewer(),
                    campaignId, Channel.POSTER, null), design(me, campaign.title(), "扫码领取活动优惠"));
        } catch (IdempotencyConflictException another) {
            outcome = hub.fission().poster(ShareRequest.of(me.viewer(), campaignId, Channel.POSTER),
                    design(me, campaign.title(), "扫码领取活动优惠"));
        }
        byte[] png = outcome.pngIfAllowed().orElseThrow(() -> new PageException.NotFound("这个活动不能分享。"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    /**
     * A poster of a material without a campaign: its page's link in the QR code.
     *
     * @param me who is visiting
     * @param id the material
     * @return the PNG
     */
    @GetMapping(value = "/materials/{id}/poster.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> materialPoster(Me me, @PathVariable String id) {
        Material material = visible(me, id);
        denied(hub.access().decide(me.viewer(), id, Action.SHARE), id);
        byte[] png = posters.renderPng(design(me, material.title(), material.summary())
                .shareUrl(absolute("/materials/" + id)).build());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    /**
     * The employee zone: internal material of the visitor's teams.
     *
     * @param me who is visiting
     * @param model the model
     * @return the view
     */
    @GetMapping("/zone")
    public String zone(Me me, Model model) {
        if (!me.isStaff()) {
            throw new PageException.Forbidden("员工专区仅对员工开放。请在右上角切换为“销售”或“东区经销商”。");
        }
        List<CategoryNode> staff = hub.catalog().categoryTree(me.viewer()).stream()
                .filter(n -> n.category().id().equals("staff")).toList();
        List<Section> sections = new ArrayList<>();
        for (CategoryNode root : staff) {
            for (CategoryNode child : root.children()) {
                sections.add(new Section(child, hub.catalog().list(me.viewer(), child.category().id(), 0, 50).items()));
            }
        }
        model.addAttribute("sections", sections);
        return "zone";
    }

    /** A category of the employee zone with its materials. @param node the category @param materials its materials */
    public record Section(CategoryNode node, List<Material> materials) {
    }

    /** @return the material if the visitor may see it listed; else the 404 page (hidden and unknown alike) */
    private Material visible(Me me, String id) {
        return hub.catalog().material(me.viewer(), id)
                .orElseThrow(() -> new PageException.NotFound("素材不存在，或你没有权限查看。"));
    }

    private void denied(Decision decision, String id) {
        if (decision == Decision.REGISTRATION_REQUIRED) {
            throw new PageException.Forbidden("请先注册成为会员再分享。");
        }
        if (decision == Decision.CAMPAIGN_CLOSED) {
            throw new PageException.Forbidden("活动已结束，不能再分享。");
        }
        if (!decision.isAllowed()) {
            throw new PageException.Forbidden("你不能分享素材 " + id + "。");
        }
    }

    private Optional<Campaign> campaignOf(String materialId) {
        return hub.fission().campaigns().stream()
                .filter(c -> materialId.equals(c.materialId()) && c.isOpen(hub.clock().instant())).findFirst();
    }

    private PosterSpec.Builder design(Me me, String title, String subtitle) {
        return PosterSpec.builder().title(title).subtitle(subtitle)
                .sharerName(me.isAnonymous() ? "好友推荐" : people.nameOf(me.id()) + " 推荐")
                .backgroundColor(0xFFFFF7EC).titleColor(0xFF8A2B06).qrCaption("长按识别二维码");
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
