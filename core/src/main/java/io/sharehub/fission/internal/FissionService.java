package io.sharehub.fission.internal;

import io.sharehub.ConflictException;
import io.sharehub.IdempotencyConflictException;
import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.UnknownCampaignException;
import io.sharehub.UnknownEntityException;
import io.sharehub.UnknownMaterialException;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.internal.AccessPolicy;
import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.engagement.internal.EngagementService;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.Fission;
import io.sharehub.fission.FissionConfig;
import io.sharehub.fission.FissionListener;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.InvalidTokenException;
import io.sharehub.fission.PromoterStats;
import io.sharehub.fission.PromoterVisitor;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.Share;
import io.sharehub.fission.ShareGraph;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitOutcome.Status;
import io.sharehub.fission.VisitRequest;
import io.sharehub.fission.spi.CampaignCounts;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.fission.spi.PromoterCounts;
import io.sharehub.fission.spi.ShareAction;
import io.sharehub.fission.spi.StoredVisit;
import io.sharehub.heat.internal.HeatService;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import io.sharehub.internal.IdGenerator;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.poster.PosterException;
import io.sharehub.poster.PosterRenderer;
import io.sharehub.poster.PosterSpec;
import io.sharehub.fission.PosterOutcome;
import java.util.concurrent.ThreadLocalRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fission tracking over the fission, catalog and people stores and the points ledger. */
public final class FissionService implements Fission {
    private static final Logger LOG = LoggerFactory.getLogger(FissionService.class);
    /** The most visits one batch may hold. */
    public static final int MAX_BATCH = 100_000;

    private final HubContext hub;
    private final FissionStore store;
    private final CatalogStore catalog;
    private final PeopleStore people;
    private final EngagementService engagement;
    private final HeatService heat;
    private final Rewards rewards;
    private final ShareTokens tokens;
    private final FissionConfig config;
    private final List<FissionListener> listeners;
    private final Referrals referrals;
    private final PosterRenderer posterRenderer;
    private final Function<String, String> shareUrl;

    /**
     * @param hub the hub's stores, clock and zone
     * @param engagement records the SHARE event of a campaign's material
     * @param heat adds referral heat
     * @param rewards the points ledger
     * @param tokens signs and verifies share tokens
     * @param config caps, owners and fraud rules
     * @param listeners hear referrals, payouts, completed tasks and flags after commit
     * @param posterRenderer draws posters, or {@code null}
     * @param shareUrl the host's URL of a token, or {@code null}
     */
    public FissionService(HubContext hub, EngagementService engagement, HeatService heat, Rewards rewards,
            ShareTokens tokens, FissionConfig config, List<FissionListener> listeners, PosterRenderer posterRenderer,
            Function<String, String> shareUrl) {
        this.hub = hub;
        this.store = hub.stores().fission();
        this.catalog = hub.stores().catalog();
        this.people = hub.stores().people();
        this.engagement = engagement;
        this.heat = heat;
        this.rewards = rewards;
        this.tokens = tokens;
        this.config = config;
        this.listeners = List.copyOf(listeners);
        this.referrals = new Referrals(config);
        this.posterRenderer = posterRenderer;
        this.shareUrl = shareUrl;
    }

    // ---------------------------------------------------------------- campaigns

    @Override
    public Campaign createCampaign(CampaignSpec spec) {
        Check.given("spec", spec);
        String id = spec.id() == null ? IdGenerator.next() : Check.id("id", spec.id());
        checkSpec(spec);
        return hub.tx().write(() -> {
            if (store.campaign(id).isPresent()) {
                throw new ConflictException("id", "must not name an existing campaign", id);
            }
            checkMaterial(spec);
            Campaign campaign = new Campaign(id, spec.title(), spec.materialId(), spec.start(), spec.end(),
                    rule(spec), hub.now());
            store.insertCampaign(campaign);
            return campaign;
        });
    }

    @Override
    public Campaign updateCampaign(CampaignSpec spec) {
        Check.given("spec", spec);
        String id = Check.id("id", spec.id());
        checkSpec(spec);
        return hub.tx().write(() -> {
            Campaign old = existingCampaign(id);
            checkMaterial(spec);
            Campaign campaign = new Campaign(id, spec.title(), spec.materialId(), spec.start(), spec.end(),
                    rule(spec), old.createdAt());
            store.updateCampaign(campaign);
            return campaign;
        });
    }

    @Override
    public Optional<Campaign> campaign(String campaignId) {
        String id = Check.id("campaignId", campaignId);
        return hub.tx().read(() -> store.campaign(id));
    }

    @Override
    public List<Campaign> campaigns() {
        return hub.tx().read(() -> store.campaigns().stream()
                .sorted(Comparator.comparing(Campaign::createdAt).reversed()
                        .thenComparing(Campaign::id, io.sharehub.Ids.ORDER))
                .toList());
    }

    private static RewardRule rule(CampaignSpec spec) {
        return spec.rule() == null ? RewardRule.defaults() : spec.rule();
    }

    private static void checkSpec(CampaignSpec spec) {
        Check.text("title", spec.title(), 200);
        if (spec.materialId() != null) {
            Check.id("materialId", spec.materialId());
        }
        if (spec.start() != null && spec.end() != null && spec.end().isBefore(spec.start())) {
            throw new InvalidInputException("end", "must not be before start (" + spec.start() + ")", spec.end());
        }
    }

    private void checkMaterial(CampaignSpec spec) {
        if (spec.materialId() != null && catalog.material(spec.materialId()).isEmpty()) {
            throw new UnknownMaterialException("materialId", spec.materialId());
        }
    }

    Campaign existingCampaign(String id) {
        return store.campaign(id).orElseThrow(() -> new UnknownCampaignException("campaignId", id));
    }

    // ---------------------------------------------------------------- shares

    @Override
    public ShareOutcome share(ShareRequest request) {
        Check.given("request", request);
        String requestId = request.requestId() == null ? null : Check.id("requestId", request.requestId());
        Check.given("viewer", request.viewer());
        String campaignId = Check.id("campaignId", request.campaignId());
        Channel channel = Check.given("channel", request.channel());
        Instant at = hub.instantOf("at", request.at());
        List<Runnable> notices = new ArrayList<>();
        ShareOutcome outcome = hub.tx().write(() -> {
            notices.clear();
            if (requestId != null) {
                ShareAction previous = store.shareActions(List.of(requestId)).get(requestId);
                if (previous != null) {
                    return repeatShare(previous, request, at);
                }
            }
            Campaign campaign = existingCampaign(campaignId);
            // held against a merge of the sharer running at the same time (PeopleStore#resolveAndHold)
            String person = people.resolveAndHold(request.viewer().id(), true);
            Viewer viewer = as(request.viewer(), person);
            Decision decision = Decision.ALLOW;
            if (campaign.materialId() != null) {
                decision = AccessPolicy.decide(viewer, catalog.material(campaign.materialId()).orElse(null),
                        Action.SHARE, at);
            }
            if (decision.isAllowed() && !campaign.isOpen(at)) {
                decision = Decision.CAMPAIGN_CLOSED;
            }
            if (!decision.isAllowed()) {
                return new ShareOutcome(requestId, decision, null, null, false, false);
            }
            String actionId = requestId == null ? "auto-" + IdGenerator.next() : requestId;
            Share share = shareOf(person, campaignId, channel, at);
            boolean firstShare = store.addSharer(campaignId, person, at);
            if (store.node(campaignId, person).isEmpty()) {
                store.insertNode(new GraphNode(campaignId, person, null, 0, EntryChannel.DIRECT, at, null, false));
            }
            store.insertShareAction(new ShareAction(actionId, share.shareId(), person, campaignId, channel, at,
                    firstShare));
            store.addCampaignCounts(campaignId, new CampaignCounts(0, 0, firstShare ? 1 : 0, 0, channel, 1));
            store.addPromoterCounts(campaignId, person, new PromoterCounts(1, 0, 0));
            if (viewer.unit() != null) {
                people.rememberUnit(person, viewer.unit(), at);
            }
            if (campaign.materialId() != null) {
                engagement.record(new EngagementEvent("share:" + actionId, viewer, campaign.materialId(),
                        io.sharehub.engagement.EventType.SHARE, at));
            }
            if (firstShare && !listeners.isEmpty()) {
                notices.add(() -> listeners.forEach(l -> l.taskCompleted(campaignId, person, at)));
            }
            return new ShareOutcome(actionId, Decision.ALLOW, share, tokens.sign(share.shareId()), firstShare, false);
        });
        notify(notices);
        return outcome;
    }

    private ShareOutcome repeatShare(ShareAction previous, ShareRequest request, Instant at) {
        String person = people.resolve(request.viewer().id());
        String difference = null;
        if (!previous.personId().equals(person)) {
            difference = "viewer.id \"" + previous.personId() + "\" before, \"" + person + "\" now";
        } else if (!previous.campaignId().equals(request.campaignId())) {
            difference = "campaignId \"" + previous.campaignId() + "\" before, \"" + request.campaignId() + "\" now";
        } else if (previous.channel() != request.channel()) {
            difference = "channel " + previous.channel() + " before, " + request.channel() + " now";
        } else if (request.at() != null && !previous.at().equals(at)) {
            difference = "at " + previous.at() + " before, " + at + " now";
        }
        if (difference != null) {
            throw new IdempotencyConflictException("shareRequestId", previous.requestId(), difference);
        }
        Share share = store.share(previous.shareId()).orElseThrow();
        return new ShareOutcome(previous.requestId(), Decision.ALLOW, share, tokens.sign(share.shareId()),
                previous.taskCompleted(), true);
    }

    private Share shareOf(String person, String campaignId, Channel channel, Instant at) {
        while (true) {
            Optional<Share> existing = store.share(person, campaignId, channel);
            if (existing.isPresent()) {
                return existing.get();
            }
            Share share = new Share(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, person, campaignId,
                    channel, at);
            if (store.insertShare(share)) {
                return share;
            }
        }
    }

    @Override
    public PosterOutcome poster(ShareRequest request, PosterSpec.Builder design) {
        Check.given("request", request);
        Check.given("design", design);
        if (request.channel() != Channel.POSTER) {
            throw new InvalidInputException("channel", "must be POSTER for a poster", request.channel());
        }
        if (posterRenderer == null || shareUrl == null) {
            throw new PosterException("a poster needs a renderer and the host's share URL: add sharehub-poster-zxing"
                    + " and ShareHub.builder().posterRenderer(...).shareUrl(token -> ...)");
        }
        ShareOutcome outcome = share(request);
        if (!outcome.decision().isAllowed()) {
            return new PosterOutcome(outcome, null);
        }
        PosterSpec spec = design.shareUrl(shareUrl.apply(outcome.token())).build();
        if (spec.title() == null || spec.title().isBlank()) {
            spec = design.title(campaign(outcome.share().campaignId()).map(Campaign::title).orElse("")).build();
        }
        return new PosterOutcome(outcome, posterRenderer.renderPng(spec));
    }

    @Override
    public Share resolve(String token) {
        long shareId = tokens.verify(token);
        return hub.tx().read(() -> store.share(shareId).orElseThrow(() -> unknownShare()));
    }

    private static InvalidTokenException unknownShare() {
        return new InvalidTokenException(InvalidTokenException.Reason.UNKNOWN_SHARE,
                "is validly signed but names no share of this hub");
    }

    // ---------------------------------------------------------------- visits

    /** A visit checked, with its token verified and its instant fixed. */
    private record Checked(VisitRequest request, long shareId, Instant at) {
    }

    @Override
    public VisitOutcome visit(VisitRequest request) {
        Checked checked = check("request", request);
        List<Runnable> notices = new ArrayList<>();
        VisitOutcome outcome = hub.tx().write(() -> {
            notices.clear();
            String visitId = checked.request().visitId();
            // The people first: a merge that committed while this waited has moved the visit read next.
            Held held = new Held(store, people, false);
            held.share(checked.shareId()).ifPresent(share -> held.holdVisit(share, checked.request()));
            Map<String, StoredVisit> known = visitId == null ? new HashMap<>()
                    : new HashMap<>(store.visits(List.of(visitId)));
            return judge(checked, known, held, notices, true, store, people, FissionService::newReferralId);
        });
        notify(notices);
        return outcome;
    }

    @Override
    public List<VisitOutcome> visitAll(List<VisitRequest> requests) {
        Check.given("requests", requests);
        Check.maxSize("requests", requests, MAX_BATCH);
        List<Checked> checked = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            checked.add(check("requests[" + i + "]", requests.get(i)));
        }
        List<Runnable> notices = new ArrayList<>();
        List<VisitOutcome> outcomes = hub.tx().write(() -> {
            notices.clear();
            List<String> ids = checked.stream().map(c -> c.request().visitId()).filter(id -> id != null).distinct()
                    .toList();
            // The batch reads set-wise what its visits read row by row, holds counters and balances
            // back and writes them once, sorted (VisitBatch); each visit still runs judge, in order.
            VisitBatch batch = new VisitBatch(store, people, rewards.ledgerStore());
            Held held = new Held(batch.fission, batch.people, true);
            held.prefetchShares(checked.stream().map(Checked::shareId).distinct().toList());
            // Every person of the batch is held against merges first, in one order (see Held); then
            // the visits already recorded are read, as a merge that committed meanwhile left them.
            Map<String, Boolean> persons = new HashMap<>();
            for (Checked c : checked) {
                persons.put(c.request().visitor().id(), true);
                held.share(c.shareId()).ifPresent(share -> persons.putIfAbsent(share.personId(), false));
            }
            held.hold(persons);
            Map<String, StoredVisit> known = new HashMap<>(store.visits(ids));
            Map<String, Campaign> campaigns = new HashMap<>();
            List<VisitBatch.Planned> planned = new ArrayList<>(checked.size());
            for (Checked c : checked) {
                Optional<Share> share = held.share(c.shareId());
                if (share.isEmpty() || c.request().visitId() != null && known.containsKey(c.request().visitId())) {
                    continue;
                }
                Optional<Campaign> campaign = store.campaign(share.get().campaignId());
                if (campaign.isEmpty() || !campaign.get().isOpen(c.at())) {
                    continue;
                }
                campaigns.put(campaign.get().id(), campaign.get());
                planned.add(new VisitBatch.Planned(share.get(), held.resolved(share.get().personId()),
                        held.resolved(c.request().visitor().id()), c.at()));
            }
            List<String> referralIds = new ArrayList<>(planned.size());
            for (int i = 0; i < planned.size(); i++) {
                referralIds.add(newReferralId());
            }
            batch.prefetch(planned, campaigns, referralIds);
            java.util.Iterator<String> nextId = referralIds.iterator();
            java.util.function.Supplier<String> referralId = () -> nextId.hasNext() ? nextId.next() : newReferralId();
            List<VisitOutcome> results = rewards.within(batch.ledger, () -> {
                List<VisitOutcome> judged = new ArrayList<>(checked.size());
                for (Checked c : checked) {
                    judged.add(judge(c, known, held, notices, false, batch.fission, batch.people, referralId));
                }
                return judged;
            });
            batch.flush();
            return results;
        });
        notify(notices);
        return outcomes;
    }

    private Checked check(String field, VisitRequest request) {
        Check.given(field, request);
        if (request.visitId() != null) {
            Check.id(field + ".visitId", request.visitId());
        }
        Check.given(field + ".visitor", request.visitor());
        if (request.deviceId() != null) {
            Check.id(field + ".deviceId", request.deviceId());
        }
        Instant at = hub.instantOf(field + ".at", request.at());
        return new Checked(request, tokens.verify(request.token()), at);
    }

    /**
     * The people one write transaction holds against merges ({@link PeopleStore#resolveAndHold}),
     * with what they resolve to, and the shares it looked up. Visitors are held exclusively (the
     * visit writes their owner and unit), sharers not (many visits through one link go on side by
     * side); several people are held in {@link io.sharehub.Ids#ORDER}, so that two transactions
     * never wait for each other in opposite orders.
     */
    private static final class Held {
        private final FissionStore store;
        private final PeopleStore people;
        private final Map<String, String> resolved = new HashMap<>();
        private final Map<String, Boolean> exclusive = new HashMap<>();
        private final Map<Long, Optional<Share>> shares = new HashMap<>();

        /** Whether people are held with one call for many ({@link PeopleStore#resolveAndHoldAll}), as a batch does. */
        private final boolean setWise;

        Held(FissionStore store, PeopleStore people, boolean setWise) {
            this.store = store;
            this.people = people;
            this.setWise = setWise;
        }

        Optional<Share> share(long shareId) {
            return shares.computeIfAbsent(shareId, store::share);
        }

        /** Reads these shares in one call. */
        void prefetchShares(List<Long> shareIds) {
            Map<Long, Share> found = store.shares(shareIds);
            for (long id : shareIds) {
                shares.put(id, Optional.ofNullable(found.get(id)));
            }
        }

        /** Holds people not held yet, or not exclusively when they must be: id → exclusive. */
        void hold(Map<String, Boolean> wanted) {
            java.util.TreeMap<String, Boolean> missing = new java.util.TreeMap<>(io.sharehub.Ids.ORDER);
            wanted.forEach((id, x) -> {
                Boolean have = exclusive.get(id);
                if (have == null || x && !have) {
                    missing.put(id, x);
                }
            });
            if (setWise && missing.size() > 1) {
                resolved.putAll(people.resolveAndHoldAll(missing));
            } else {
                missing.forEach((id, x) -> resolved.put(id, people.resolveAndHold(id, x)));
            }
            exclusive.putAll(missing);
        }

        /** Holds a visit's sharer and visitor. */
        void holdVisit(Share share, VisitRequest request) {
            Map<String, Boolean> persons = new HashMap<>();
            persons.put(share.personId(), false);
            persons.put(request.visitor().id(), true);
            hold(persons);
        }

        String resolved(String id) {
            return resolved.get(id);
        }
    }

    private static String newReferralId() {
        return "ref-" + IdGenerator.next();
    }

    /**
     * Records one visit inside the caller's transaction, through the stores given (the hub's, or a
     * batch's view of them, {@link VisitBatch}).
     */
    private VisitOutcome judge(Checked c, Map<String, StoredVisit> known, Held held, List<Runnable> notices,
            boolean throwOnConflict, FissionStore store, PeopleStore people,
            java.util.function.Supplier<String> referralIds) {
        VisitRequest request = c.request();
        Share share = held.share(c.shareId()).orElseThrow(FissionService::unknownShare);
        held.holdVisit(share, request);
        String visitor = held.resolved(request.visitor().id());
        if (request.visitId() != null) {
            StoredVisit previous = known.get(request.visitId());
            if (previous != null) {
                return repeatVisit(previous, c, visitor, throwOnConflict, store);
            }
        }
        Campaign campaign = store.campaign(share.campaignId())
                .orElseThrow(() -> new UnknownCampaignException("campaignId", share.campaignId()));
        String sharer = held.resolved(share.personId());
        Viewer viewer = as(request.visitor(), visitor);
        Instant at = c.at();
        if (campaign.materialId() != null) {
            Decision decision = AccessPolicy.decide(viewer, catalog.material(campaign.materialId()).orElse(null),
                    Action.LIST, at);
            if (!decision.isAllowed()) {
                return new VisitOutcome(request.visitId(), Status.DENIED, decision, campaign.id(), sharer, false,
                        null, null, List.of(), false);
            }
        }
        String visitId = request.visitId() == null ? "auto-" + IdGenerator.next() : request.visitId();
        if (viewer.unit() != null) {
            people.rememberUnit(visitor, viewer.unit(), at);
        }
        Referrals.Made made = null;
        if (campaign.isOpen(at) && !visitor.equals(sharer) && store.node(campaign.id(), visitor).isEmpty()) {
            made = referrals.make(store, people, referralIds.get(), campaign, share, sharer, viewer,
                    request.deviceId(), at, notices, listeners, rewards, heat);
        }
        StoredVisit visit = new StoredVisit(visitId, share.shareId(), campaign.id(), sharer, visitor, at,
                made == null ? null : made.referral().referralId(), made == null ? null : made.referral().entryChannel());
        store.insertVisit(visit);
        if (known != null) {
            known.put(visitId, visit);
        }
        boolean newVisitor = store.addVisitor(campaign.id(), visitor);
        store.addPromoterVisitor(campaign.id(), sharer, visitor, at);
        store.addCampaignCounts(campaign.id(), new CampaignCounts(1, newVisitor ? 1 : 0, 0, made == null ? 0 : 1,
                null, 0));
        store.addPromoterCounts(campaign.id(), sharer, new PromoterCounts(0, 1, made == null ? 0 : 1));
        if (made == null) {
            return new VisitOutcome(visitId, Status.RECORDED, Decision.ALLOW, campaign.id(), sharer, false, null, null,
                    List.of(), false);
        }
        Referral referral = made.referral();
        return new VisitOutcome(visitId, Status.RECORDED, Decision.ALLOW, campaign.id(), sharer, true,
                referral.referralId(), referral.entryChannel(), referral.payouts(), referral.flagged());
    }

    private static VisitOutcome repeatVisit(StoredVisit previous, Checked c, String visitor, boolean throwOnConflict,
            FissionStore store) {
        String difference = null;
        if (previous.shareId() != c.shareId()) {
            difference = "token of share " + previous.shareId() + " before, of share " + c.shareId() + " now";
        } else if (!previous.visitorId().equals(visitor)) {
            difference = "visitor.id \"" + previous.visitorId() + "\" before, \"" + visitor + "\" now";
        } else if (c.request().at() != null && !previous.at().equals(c.at())) {
            difference = "at " + previous.at() + " before, " + c.at() + " now";
        }
        if (difference != null) {
            if (throwOnConflict) {
                throw new IdempotencyConflictException("visitId", previous.visitId(), difference);
            }
            return new VisitOutcome(previous.visitId(), Status.CONFLICT, Decision.ALLOW, previous.campaignId(),
                    previous.sharerId(), false, null, null, List.of(), false);
        }
        if (previous.referralId() == null) {
            return new VisitOutcome(previous.visitId(), Status.REPEATED, Decision.ALLOW, previous.campaignId(),
                    previous.sharerId(), false, null, null, List.of(), false);
        }
        Referral referral = store.referral(previous.referralId()).orElseThrow();
        return new VisitOutcome(previous.visitId(), Status.REPEATED, Decision.ALLOW, previous.campaignId(),
                previous.sharerId(), true, referral.referralId(), referral.entryChannel(), referral.payouts(),
                referral.flagged());
    }

    static Viewer as(Viewer viewer, String personId) {
        return personId.equals(viewer.id()) ? viewer
                : new Viewer(personId, viewer.kind(), viewer.groups(), viewer.unit());
    }

    private static void notify(List<Runnable> notices) {
        for (Runnable notice : notices) {
            try {
                notice.run();
            } catch (RuntimeException e) {
                LOG.error("A fission listener failed; the record stands", e);
            }
        }
    }

    // ---------------------------------------------------------------- statistics

    @Override
    public CampaignStats stats(String campaignId) {
        String id = Check.id("campaignId", campaignId);
        return hub.tx().read(() -> {
            existingCampaign(id);
            return store.campaignStats(id);
        });
    }

    @Override
    public Page<PromoterStats> promoters(String campaignId, int page, int size) {
        String id = Check.id("campaignId", campaignId);
        Page.check(page, size);
        return hub.tx().read(() -> {
            existingCampaign(id);
            return store.promoters(id, page, size).map(p -> new PromoterStats(p.personId(), p.shares(),
                    p.readsBrought(), p.newReferrals(), rewards.campaignPoints(id, p.personId())));
        });
    }

    @Override
    public Page<PromoterVisitor> visitors(String campaignId, String promoterId, int page, int size) {
        String id = Check.id("campaignId", campaignId);
        String promoter = Check.id("promoterId", promoterId);
        Page.check(page, size);
        return hub.tx().read(() -> {
            existingCampaign(id);
            Instant now = hub.now();
            return store.promoterVisitors(id, people.resolve(promoter), page, size)
                    .map(v -> new PromoterVisitor(v.visitorId(), v.firstVisitAt(), v.visits(), v.referral(),
                            v.entryChannel(), referrals.ownerOf(people, v.visitorId(), now).orElse(null)));
        });
    }

    @Override
    public ShareGraph graph(String campaignId) {
        String id = Check.id("campaignId", campaignId);
        hub.tx().read(() -> existingCampaign(id));
        return new ShareGraphView(hub, id, rewards);
    }

    // ---------------------------------------------------------------- reversal and review

    @Override
    public Optional<Referral> referral(String referralId) {
        String id = Check.id("referralId", referralId);
        return hub.tx().read(() -> store.referral(id));
    }

    @Override
    public Page<Referral> flaggedReferrals(int page, int size) {
        Page.check(page, size);
        return hub.tx().read(() -> store.flagged(page, size));
    }

    @Override
    public Referral reverseReferral(String referralId) {
        String id = Check.id("referralId", referralId);
        return hub.tx().write(() -> {
            Referral referral = store.referral(id)
                    .orElseThrow(() -> new UnknownEntityException("referralId", "referral", id));
            if (!referral.reversed()) {
                reverse(referral, hub.now());
            }
            return store.referral(id).orElseThrow();
        });
    }

    /** Reverses a referral inside the caller's transaction. */
    private void reverse(Referral referral, Instant at) {
        rewards.reverse(referral.referralId(), at);
        heat.addReferral(referral.sharerId(), referral.at(), -1);
        store.markReversed(referral.referralId());
        store.addCampaignCounts(referral.campaignId(), new CampaignCounts(0, 0, 0, -1, null, 0));
        store.addPromoterCounts(referral.campaignId(), referral.sharerId(), new PromoterCounts(0, 0, -1));
    }

    // ---------------------------------------------------------------- identity merge

    /**
     * Moves one person's graph positions onto another's, campaign by campaign, inside the caller's
     * transaction: where both are nodes the earlier-joined (or the ancestor) stays with its parent,
     * the other's referral is reversed and its children move under the node that stays; where one
     * node's parent is now the person themselves, that referral is reversed and the node becomes a
     * root.
     *
     * @return the referrals reversed
     */
    public List<String> mergeGraphs(String from, String into, Instant at) {
        List<String> reversed = new ArrayList<>();
        java.util.TreeSet<String> campaigns = new java.util.TreeSet<>(store.campaignsWithNode(from));
        campaigns.addAll(store.campaignsWithNode(into));
        for (String campaign : campaigns) {
            Optional<GraphNode> a = store.node(campaign, from);
            Optional<GraphNode> m = store.node(campaign, into);
            if (a.isPresent() && m.isPresent()) {
                boolean aStays = isAncestor(campaign, from, m.get())
                        || (!isAncestor(campaign, into, a.get()) && a.get().joinedAt().isBefore(m.get().joinedAt()));
                GraphNode stay = aStays ? a.get() : m.get();
                GraphNode other = aStays ? m.get() : a.get();
                reverseNode(other, at, reversed);
                store.removeNode(campaign, other.personId(), stay.personId());
            } else {
                GraphNode node = a.orElseGet(m::get);
                String parent = node.parentId() == null ? null : people.resolve(node.parentId());
                if (from.equals(parent) || into.equals(parent)) {
                    reverseNode(node, at, reversed);
                    store.makeRoot(campaign, node.personId());
                }
            }
            if (store.node(campaign, from).isPresent()) {
                store.renameNode(campaign, from, into);
            }
        }
        return reversed;
    }

    private void reverseNode(GraphNode node, Instant at, List<String> reversed) {
        if (node.referralId() == null) {
            return;
        }
        Referral referral = store.referral(node.referralId()).orElseThrow();
        if (!referral.reversed()) {
            reverse(referral, at);
            reversed.add(referral.referralId());
        }
    }

    private boolean isAncestor(String campaign, String person, GraphNode of) {
        for (String up = of.parentId(); up != null; up = store.node(campaign, up).map(GraphNode::parentId).orElse(null)) {
            if (up.equals(person)) {
                return true;
            }
        }
        return false;
    }

    /** @return the owner shown for a person at an instant, inside the caller's transaction */
    public Optional<String> ownerOf(String personId, Instant at) {
        return referrals.ownerOf(people, personId, at);
    }

    /** @return the rewards ledger fission pays into */
    public Rewards rewards() {
        return rewards;
    }
}
