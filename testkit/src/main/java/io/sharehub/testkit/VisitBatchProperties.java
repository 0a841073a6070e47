package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.FissionConfig;
import io.sharehub.fission.GraphLimits;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.PromoterStats;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.points.LedgerEntry;
import io.sharehub.store.Stores;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code visitAll} is {@code visit} called for each request in order, in one transaction: for
 * random scenarios (shares, batches of visits whose visitors repeat, share, state units and
 * devices, visit at other instants and repeat or reuse visit ids; merges between batches; daily
 * caps, owner modes and fraud rules), the hub that records each batch with {@code visitAll} ends
 * with the same outcomes, balances, ledger entries, referrals, graph nodes, counters, visitor
 * lists, owners and boards as the hub that records the same visits one by one. Generated ids
 * (referrals, visits without an id, entry sequence numbers) are compared by what they name.
 */
public abstract class VisitBatchProperties {
    private static final Instant START = Instant.parse("2026-03-02T15:00:00Z");
    private static final byte[] SECRET = "visit-batch-properties-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final int PEOPLE = 5;

    /** @return a new, empty store set; called twice per try, once for each way of recording */
    protected abstract Stores stores();

    /** A share made before the batches: person {@code sharer} of the pool shares a campaign. */
    record ShareStep(int campaign, int sharer, Channel channel) {
    }

    /** One visit of a batch. */
    record Visit(int share, int visitor, int visitId, int device, int unit, int secondsBack) {
    }

    /** A batch of visits, or (when {@code visits} is empty) a merge of {@code a} into {@code m}, then a pause. */
    record Step(List<Visit> visits, int anonymous, int member, int minutes) {
    }

    /** The hub's settings for one try. */
    record Setup(List<RewardRule> rules, Long dailyCap, FissionConfig.OwnerMode ownerMode, boolean expiry,
            int burst, boolean sameDevice) {
    }

    @Property(tries = 100)
    void visitAllEqualsVisitsOneByOne(@ForAll("setups") Setup setup, @ForAll("shares") List<ShareStep> shares,
            @ForAll("steps") List<Step> steps) {
        String oneByOne = run(setup, shares, steps, false);
        String batched = run(setup, shares, steps, true);
        assertThat(batched).isEqualTo(oneByOne);
    }

    private String run(Setup setup, List<ShareStep> shareSteps, List<Step> steps, boolean batched) {
        MutableClock clock = MutableClock.at(START);
        FissionConfig config = FissionConfig.ofDefaults().withDailyCap(setup.dailyCap())
                .withOwnerMode(setup.ownerMode()).withSameDeviceRule(setup.sameDevice());
        if (setup.expiry()) {
            config = config.withOwnerExpiry(Duration.ofHours(3));
        }
        if (setup.burst() > 0) {
            config = config.withReferralBurst(setup.burst(), Duration.ofHours(2));
        }
        ShareHub hub = ShareHub.builder().stores(stores()).clock(clock).zone(ZoneId.of("Asia/Shanghai"))
                .tokenKeys(TokenKeys.single(7, SECRET)).fission(config).build();
        List<String> campaigns = new ArrayList<>();
        for (int c = 0; c < setup.rules().size(); c++) {
            campaigns.add("C" + c);
            hub.fission().createCampaign(CampaignSpec.of("C" + c, "活动" + c).withRule(setup.rules().get(c)));
        }
        List<String> tokens = new ArrayList<>();
        for (ShareStep s : shareSteps) {
            clock.advance(Duration.ofMinutes(3));
            tokens.add(hub.fission().share(ShareRequest.of(viewer(s.sharer(), -1),
                    campaigns.get(s.campaign() % campaigns.size()), s.channel())).token());
        }
        StringBuilder out = new StringBuilder();
        Normal normal = new Normal(hub);
        for (Step step : steps) {
            clock.advance(Duration.ofMinutes(step.minutes()));
            if (step.visits().isEmpty()) {
                try {
                    hub.people().merge("a" + step.anonymous(), "m" + step.member());
                    out.append("merged\n");
                } catch (RuntimeException e) {
                    out.append("merge refused: ").append(e.getClass().getSimpleName()).append('\n');
                }
                continue;
            }
            List<VisitRequest> requests = new ArrayList<>();
            for (Visit v : step.visits()) {
                VisitRequest r = VisitRequest.of(tokens.get(v.share() % tokens.size()), viewer(v.visitor(), v.unit()));
                if (v.visitId() >= 0) {
                    r = r.withVisitId("v" + v.visitId());
                }
                if (v.device() >= 0) {
                    r = r.fromDevice("d" + v.device());
                }
                if (v.secondsBack() >= 0) {
                    r = r.at(clock.instant().minusSeconds(v.secondsBack()));
                }
                requests.add(r);
            }
            if (batched) {
                for (VisitOutcome o : hub.fission().visitAll(requests)) {
                    out.append(normal.outcome(o)).append('\n');
                }
            } else {
                for (VisitRequest r : requests) {
                    try {
                        out.append(normal.outcome(hub.fission().visit(r))).append('\n');
                    } catch (IdempotencyConflictException e) {
                        out.append("CONFLICT ").append(r.visitId()).append('\n');
                    }
                }
            }
        }
        out.append(normal.state(campaigns, clock.instant()));
        return out.toString();
    }

    /** Person {@code i} of the pool: even ones anonymous ({@code a…}), odd ones members ({@code m…}). */
    private static Viewer viewer(int i, int unit) {
        int n = i % (2 * PEOPLE);
        Viewer v = n % 2 == 0 ? Viewer.anonymous("a" + n / 2) : Viewer.member("m" + n / 2);
        return unit < 0 ? v : v.withUnit("u" + unit);
    }

    /** Writes what a hub holds with generated ids replaced by what they name. */
    private static final class Normal {
        private final ShareHub hub;

        Normal(ShareHub hub) {
            this.hub = hub;
        }

        String referral(String id) {
            if (id == null) {
                return null;
            }
            Referral r = hub.fission().referral(id).orElseThrow();
            return "ref(" + r.campaignId() + "," + r.visitorId() + "," + r.at() + ")";
        }

        String outcome(VisitOutcome o) {
            if (o.status() == VisitOutcome.Status.CONFLICT) {
                return "CONFLICT " + o.visitId();
            }
            String visitId = o.visitId() != null && o.visitId().startsWith("auto-") ? "auto" : o.visitId();
            return visitId + " " + o.status() + " " + o.decision() + " " + o.campaignId() + " " + o.sharerId() + " "
                    + o.newReferral() + " " + referral(o.referralId()) + " " + o.entryChannel() + " " + o.payouts()
                    + " " + o.flagged();
        }

        String state(List<String> campaigns, Instant now) {
            StringBuilder out = new StringBuilder();
            List<String> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add("a" + i);
                people.add("m" + i);
            }
            for (String p : people) {
                out.append(p).append(" balance ").append(hub.points().balance(p)).append(" debt ")
                        .append(hub.points().debt(p)).append('\n');
                for (LedgerEntry e : hub.points().entries(p, 0, 1000).items()) {
                    out.append("  ").append(e.amount()).append(' ').append(e.reason()).append(' ')
                            .append(e.campaignId()).append(' ').append(referral(e.referralId())).append(' ')
                            .append(e.instant()).append('\n');
                }
            }
            for (String c : campaigns) {
                out.append(c).append(' ').append(hub.fission().stats(c)).append('\n');
                List<GraphNode> nodes = new ArrayList<>();
                hub.fission().graph(c).export(GraphLimits.of(1000, 100_000)).nodes().forEach(n -> nodes.add(n.node()));
                nodes.sort(Comparator.comparing(GraphNode::personId));
                for (GraphNode n : nodes) {
                    out.append("  node ").append(n.personId()).append(" under ").append(n.parentId()).append(" depth ")
                            .append(n.depth()).append(' ').append(n.entryChannel()).append(' ').append(n.joinedAt())
                            .append(' ').append(referral(n.referralId())).append(' ').append(n.reversed()).append('\n');
                }
                for (PromoterStats p : hub.fission().promoters(c, 0, 1000).items()) {
                    out.append("  promoter ").append(p).append('\n');
                    hub.fission().visitors(c, p.personId(), 0, 1000).items()
                            .forEach(v -> out.append("    ").append(v).append('\n'));
                }
                out.append("  board ").append(hub.leaderboards().campaign(c).page(0, 1000).items()).append('\n');
                out.append("  units ").append(hub.leaderboards().campaign(c).units().page(0, 1000).items())
                        .append('\n');
            }
            out.append("today ").append(hub.leaderboards().today().page(0, 1000).items()).append('\n');
            out.append("today's units ").append(hub.leaderboards().today().units().page(0, 1000).items()).append('\n');
            Map<String, String> flagged = new TreeMap<>();
            for (Referral r : hub.fission().flaggedReferrals(0, 1000).items()) {
                flagged.put(referral(r.referralId()), r.sharerId() + " " + r.flagReason() + " " + r.payouts());
            }
            out.append("flagged ").append(flagged).append('\n');
            return out.toString();
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<RewardRule> rule = Arbitraries.longs().between(0, 12).list().ofMinSize(1).ofMaxSize(3)
                .map(RewardRule::new);
        return Combinators.combine(rule.list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.longs().between(3, 25).injectNull(0.5), Arbitraries.of(FissionConfig.OwnerMode.class),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                .as(Setup::new);
    }

    @Provide
    Arbitrary<List<ShareStep>> shares() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 9),
                Arbitraries.of(Channel.LINK, Channel.POSTER, Channel.WECHAT_MOMENTS)).as(ShareStep::new)
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Visit> visit = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(-1, 12),
                Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(-3, 1),
                Arbitraries.integers().between(-1, 100_000)).as(Visit::new);
        Arbitrary<Step> batch = Combinators.combine(visit.list().ofMinSize(1).ofMaxSize(14),
                Arbitraries.integers().between(0, 59)).as((visits, minutes) -> new Step(visits, 0, 0, minutes));
        Arbitrary<Step> merge = Combinators.combine(Arbitraries.integers().between(0, PEOPLE - 1),
                Arbitraries.integers().between(0, PEOPLE - 1), Arbitraries.integers().between(0, 59))
                .as((a, m, minutes) -> new Step(List.of(), a, m, minutes));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, batch), net.jqwik.api.Tuple.of(1, merge))
                .list().ofMaxSize(6);
    }
}
