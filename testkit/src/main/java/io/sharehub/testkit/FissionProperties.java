package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.InvalidTokenException;
import io.sharehub.fission.Payout;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.store.Stores;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties every store must keep for fission: for random sequences of shares and visits (self
 * visits, repeats, attempted cycles, two campaigns), the graph stays a forest, every payout follows
 * the graph chain for at most three levels, points equal the rule summed over referrals, and
 * everything equals a brute-force model. Also: a token with any one character changed fails.
 */
public abstract class FissionProperties {
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final byte[] SECRET = "fission-properties-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    /** @return a new, empty store set; called once per try */
    protected abstract Stores stores();

    /** One step: {@code visitor} visits {@code sharer}'s link in a campaign (sharing first if needed). */
    record Step(int campaign, int sharer, int visitor, int visitId, Channel channel) {
    }

    @Property(tries = 150)
    void graphAndPointsEqualBruteForce(@ForAll("steps") List<Step> steps, @ForAll("rules") List<RewardRule> rules) {
        MutableClock clock = MutableClock.at(START);
        ShareHub hub = ShareHub.builder().stores(stores()).clock(clock).zone(ZoneId.of("Asia/Shanghai"))
                .tokenKeys(TokenKeys.single(7, SECRET)).build();
        for (int c = 0; c < rules.size(); c++) {
            hub.fission().createCampaign(CampaignSpec.of("C" + c, "活动" + c).withRule(rules.get(c)));
        }
        Map<String, Map<String, String>> parents = new HashMap<>();   // campaign -> person -> parent ("" = root)
        Map<String, Long> balances = new HashMap<>();
        Map<String, Step> visitsById = new HashMap<>();
        long expectedTotal = 0;

        for (Step step : steps) {
            String campaign = "C" + (step.campaign() % rules.size());
            RewardRule rule = rules.get(step.campaign() % rules.size());
            Map<String, String> graph = parents.computeIfAbsent(campaign, k -> new HashMap<>());
            String sharer = "P" + step.sharer();
            String visitor = "P" + step.visitor();
            String token = hub.fission().share(ShareRequest.of(Viewer.member(sharer), campaign, step.channel())).token();
            graph.putIfAbsent(sharer, "");
            String visitId = "v" + step.visitId();
            Step earlier = visitsById.get(visitId);
            clock.advance(Duration.ofSeconds(1));
            if (earlier != null) {
                // a repeat of a recorded id with the same payload changes nothing; another payload conflicts
                continue;
            }
            visitsById.put(visitId, step);
            VisitOutcome outcome = hub.fission().visit(VisitRequest.of(token, Viewer.member(visitor)).withVisitId(visitId));
            boolean expectReferral = !visitor.equals(sharer) && !graph.containsKey(visitor);
            assertThat(outcome.newReferral()).as("%s visits %s's link in %s", visitor, sharer, campaign)
                    .isEqualTo(expectReferral);
            if (!expectReferral) {
                assertThat(outcome.payouts()).isEmpty();
                continue;
            }
            graph.put(visitor, sharer);
            List<Payout> expected = new ArrayList<>();
            String account = sharer;
            for (int level = 1; level <= rule.levels() && !account.isEmpty(); level++) {
                long points = rule.pointsAt(level);
                if (points > 0) {
                    expected.add(new Payout(level, account, points));
                    balances.merge(account, points, Long::sum);
                    expectedTotal += points;
                }
                account = graph.get(account);
            }
            assertThat(outcome.payouts()).containsExactlyElementsOf(expected);
            assertThat(outcome.payouts()).allSatisfy(p -> assertThat(p.level()).isBetween(1, 3));
        }

        long total = 0;
        for (int p = 0; p < 8; p++) {
            String person = "P" + p;
            assertThat(hub.points().balance(person)).as("balance of %s", person)
                    .isEqualTo(balances.getOrDefault(person, 0L));
            total += hub.points().balance(person);
        }
        assertThat(total).isEqualTo(expectedTotal);
        parents.forEach((campaign, graph) -> {
            assertThat(hub.fission().graph(campaign).size()).isEqualTo(graph.size());
            graph.forEach((person, parent) -> {
                GraphNode node = hub.fission().graph(campaign).node(person).orElseThrow().node();
                assertThat(node.parentId()).isEqualTo(parent.isEmpty() ? null : parent);
                // a forest: the chain of parents ends at a root after exactly depth steps
                Set<String> seen = new HashSet<>();
                int depth = 0;
                for (String up = parent; !up.isEmpty(); up = graph.get(up)) {
                    assertThat(seen.add(up)).as("no cycle through %s", up).isTrue();
                    depth++;
                }
                assertThat(node.depth()).isEqualTo(depth);
            });
        });
        // repeats of recorded visit ids are repeats, and change nothing
        for (Map.Entry<String, Step> visit : visitsById.entrySet()) {
            Step step = visit.getValue();
            String campaign = "C" + (step.campaign() % rules.size());
            String token = hub.fission().share(ShareRequest.of(Viewer.member("P" + step.sharer()), campaign,
                    step.channel())).token();
            VisitOutcome again = hub.fission().visit(VisitRequest.of(token, Viewer.member("P" + step.visitor()))
                    .withVisitId(visit.getKey()));
            assertThat(again.status()).isEqualTo(VisitOutcome.Status.REPEATED);
        }
        long after = 0;
        for (int p = 0; p < 8; p++) {
            after += hub.points().balance("P" + p);
        }
        assertThat(after).isEqualTo(expectedTotal);
    }

    /** One operation of the merge-and-reverse property. */
    record Op(int kind, int a, int b, int campaign) {
    }

    @Property(tries = 120)
    void visitsMergesAndReversalsKeepTheRules(@ForAll("ops") List<Op> ops) {
        MutableClock clock = MutableClock.at(START);
        ShareHub hub = ShareHub.builder().stores(stores()).clock(clock).zone(ZoneId.of("Asia/Shanghai"))
                .tokenKeys(TokenKeys.single(7, SECRET)).build();
        hub.fission().createCampaign(CampaignSpec.of("C0", "活动0"));
        hub.fission().createCampaign(CampaignSpec.of("C1", "活动1").withRule(RewardRule.of(5, 2)));
        List<String> referralIds = new ArrayList<>();
        for (Op op : ops) {
            clock.advance(Duration.ofMinutes(7));
            String campaign = "C" + op.campaign();
            switch (op.kind()) {
                case 0, 1, 2 -> {
                    // a visit; anonymous ids a0..a3 and members m0..m3
                    String sharer = (op.a() % 2 == 0 ? "m" : "a") + (op.a() % 4);
                    String visitor = (op.b() % 2 == 0 ? "m" : "a") + (op.b() % 4);
                    Viewer sharerViewer = sharer.startsWith("a") ? Viewer.anonymous(sharer) : Viewer.member(sharer);
                    Viewer visitorViewer = visitor.startsWith("a") ? Viewer.anonymous(visitor) : Viewer.member(visitor);
                    String token = hub.fission().share(ShareRequest.of(sharerViewer, campaign, Channel.LINK)).token();
                    VisitOutcome outcome = hub.fission().visit(VisitRequest.of(token, visitorViewer));
                    if (outcome.newReferral()) {
                        referralIds.add(outcome.referralId());
                    }
                }
                case 3 -> hub.people().merge("a" + (op.a() % 4), "m" + (op.b() % 4));
                case 4 -> {
                    if (!referralIds.isEmpty()) {
                        hub.fission().reverseReferral(referralIds.get(op.a() % referralIds.size()));
                    }
                }
                default -> {
                    // spend points, so that reversals run into debt
                    String account = hub.people().resolve("m" + (op.a() % 4));
                    long amount = Math.min(hub.points().balance(account), 1 + op.b() % 7);
                    if (amount > 0) {
                        hub.points().redeem(account, amount, "redeem-" + clock.instant(), null, null);
                    }
                }
            }
        }
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add("a" + i);
            people.add("m" + i);
        }
        for (String person : people) {
            assertThat(hub.points().balance(person)).as("balance of %s", person).isNotNegative();
        }
        for (String campaign : List.of("C0", "C1")) {
            // the graph is a forest of canonical people
            Map<String, GraphNode> nodes = new HashMap<>();
            hub.fission().graph(campaign).export(io.sharehub.fission.GraphLimits.of(1000, 100_000)).nodes()
                    .forEach(n -> nodes.put(n.node().personId(), n.node()));
            assertThat(nodes.size()).isEqualTo(hub.fission().graph(campaign).size());
            for (GraphNode node : nodes.values()) {
                assertThat(hub.people().resolve(node.personId())).isEqualTo(node.personId());
                int depth = 0;
                Set<String> seen = new HashSet<>();
                for (String up = node.parentId(); up != null; up = nodes.get(up).parentId()) {
                    assertThat(seen.add(up)).isTrue();
                    assertThat(nodes).containsKey(up);
                    depth++;
                }
                assertThat(node.depth()).isEqualTo(depth);
            }
            // the campaign board equals a recount of its non-reversed referrals
            Map<String, Long> score = new HashMap<>();
            Map<String, Long> invited = new HashMap<>();
            for (String id : referralIds) {
                io.sharehub.fission.Referral r = hub.fission().referral(id).orElseThrow();
                if (!r.campaignId().equals(campaign) || r.reversed()) {
                    continue;
                }
                invited.merge(hub.people().resolve(r.sharerId()), 1L, Long::sum);
                for (Payout p : r.payouts()) {
                    score.merge(hub.people().resolve(p.account()), p.points(), Long::sum);
                }
            }
            List<io.sharehub.points.BoardRow> board = hub.leaderboards().campaign(campaign).page(0, 1000).items();
            Map<String, Long> boardScore = new HashMap<>();
            Map<String, Long> boardInvited = new HashMap<>();
            board.forEach(row -> {
                boardScore.put(row.id(), row.points());
                boardInvited.put(row.id(), row.invited());
            });
            score.values().removeIf(v -> v <= 0);
            assertThat(boardScore).as("scores in %s", campaign).isEqualTo(score);
            boardInvited.forEach((id, n) -> assertThat(n).as("invited of %s", id).isEqualTo(invited.getOrDefault(id, 0L)));
            for (int i = 1; i < board.size(); i++) {
                assertThat(board.get(i - 1).points()).isGreaterThanOrEqualTo(board.get(i).points());
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 1)).as(Op::new);
        return op.list().ofMaxSize(40);
    }

    @Property(tries = 60)
    void everyTokenIs32CharactersAndAnyChangeFails(@ForAll("people") String person, @ForAll Channel channel,
            @ForAll @IntRange(min = 0, max = 31) int position) {
        ShareHub hub = ShareHub.builder().stores(stores()).clock(MutableClock.at(START))
                .tokenKeys(TokenKeys.single(7, SECRET)).build();
        hub.fission().createCampaign(CampaignSpec.of("C", "活动"));
        String token = hub.fission().share(ShareRequest.of(Viewer.member(person), "C", channel)).token();
        assertThat(token).hasSize(32);
        assertThat(hub.fission().resolve(token).personId()).isEqualTo(person);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.~ 中";
        for (char c : alphabet.toCharArray()) {
            if (c == token.charAt(position)) {
                continue;
            }
            String changed = token.substring(0, position) + c + token.substring(position + 1);
            assertThatThrownBy(() -> hub.fission().resolve(changed)).as("%s", changed)
                    .isInstanceOf(InvalidTokenException.class);
        }
        assertThat(Optional.of(hub.fission().stats("C").reads())).contains(0L);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 60), Arbitraries.of(Channel.class)).as(Step::new);
        return step.list().ofMaxSize(50);
    }

    @Provide
    Arbitrary<List<RewardRule>> rules() {
        Arbitrary<RewardRule> rule = Arbitraries.longs().between(0, 20).list().ofMinSize(1).ofMaxSize(3)
                .map(RewardRule::new);
        return rule.list().ofMinSize(1).ofMaxSize(2);
    }

    @Provide
    Arbitrary<String> people() {
        return Arbitraries.of("a", "B", "u1", "U1", "中", "🔥", " ").list().ofMinSize(1).ofMaxSize(4)
                .map(parts -> String.join("", parts)).filter(s -> !s.isBlank());
    }
}
