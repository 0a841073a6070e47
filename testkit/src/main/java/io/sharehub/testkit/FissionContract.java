package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.InvalidInputException;
import io.sharehub.ShareHub;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.Fission;
import io.sharehub.fission.FissionListener;
import io.sharehub.fission.GraphExport;
import io.sharehub.fission.GraphLimits;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.InvalidTokenException;
import io.sharehub.fission.NodeSummary;
import io.sharehub.fission.Payout;
import io.sharehub.fission.PromoterStats;
import io.sharehub.fission.PromoterVisitor;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fission tracking, as DESIGN "Fission: campaigns, shares, visits" defines it. */
public abstract class FissionContract extends ContractTest {
    static final byte[] KEY_1 = "key-one-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static final byte[] KEY_2 = "key-two-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    Fission fission() {
        return hub().fission();
    }

    @BeforeEach
    void campaign() {
        fission().createCampaign(CampaignSpec.of("C1", "双十一预热"));
    }

    String shareToken(String person) {
        return shareToken(person, "C1", Channel.LINK);
    }

    String shareToken(String person, String campaign, Channel channel) {
        ShareOutcome outcome = fission().share(ShareRequest.of(Viewer.member(person), campaign, channel));
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        return outcome.token();
    }

    VisitOutcome visit(String person, String token) {
        return fission().visit(VisitRequest.of(token, Viewer.member(person)));
    }

    /** A shares; B visits A's link and shares; … so that each is the previous one's child. */
    void chain(String... people) {
        String token = shareToken(people[0]);
        for (int i = 1; i < people.length; i++) {
            assertThat(visit(people[i], token).newReferral()).isTrue();
            token = shareToken(people[i]);
        }
    }

    long balance(String account) {
        return hub().points().balance(account);
    }

    @Test
    @DisplayName("A→B→C→D→E and F visits E's link: E +10, D +3, C +1; B and A nothing")
    void threeLevelsOnly() {
        chain("A", "B", "C", "D", "E");
        Map<String, Long> before = Map.of("A", balance("A"), "B", balance("B"), "C", balance("C"),
                "D", balance("D"), "E", balance("E"));
        VisitOutcome f = visit("F", shareToken("E"));
        assertThat(f.newReferral()).isTrue();
        assertThat(f.payouts()).containsExactly(new Payout(1, "E", 10), new Payout(2, "D", 3), new Payout(3, "C", 1));
        assertThat(balance("E") - before.get("E")).isEqualTo(10);
        assertThat(balance("D") - before.get("D")).isEqualTo(3);
        assertThat(balance("C") - before.get("C")).isEqualTo(1);
        assertThat(balance("B")).isEqualTo(before.get("B"));
        assertThat(balance("A")).isEqualTo(before.get("A"));
        assertThat(fission().graph("C1").node("F")).get().extracting(n -> n.node().depth()).isEqualTo(5);

        assertThatThrownBy(() -> RewardRule.of(10, 3, 1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most three levels")
                .hasMessageContaining("legal limit");
        assertThatThrownBy(() -> fission().createCampaign(CampaignSpec.of("C4", "四级").withRule(
                new RewardRule(List.of(10L, 3L, 1L, 1L))))).isInstanceOf(InvalidInputException.class);
        assertThat(fission().campaign("C4")).isEmpty();
    }

    @Test
    @DisplayName("a root visiting a descendant's link is a read, not a referral, and makes no cycle")
    void noCycles() {
        chain("A", "B", "C");
        VisitOutcome a = visit("A", shareToken("C"));
        assertThat(a.status()).isEqualTo(VisitOutcome.Status.RECORDED);
        assertThat(a.newReferral()).isFalse();
        assertThat(fission().graph("C1").node("A").orElseThrow().node().isRoot()).isTrue();
        assertThat(fission().graph("C1").ancestors("C")).extracting(GraphNode::personId).containsExactly("B", "A");
    }

    @Test
    @DisplayName("visiting one's own link is a read with no referral and no points")
    void selfVisit() {
        VisitOutcome own = visit("U1", shareToken("U1"));
        assertThat(own.newReferral()).isFalse();
        assertThat(own.payouts()).isEmpty();
        assertThat(balance("U1")).isZero();
        assertThat(fission().stats("C1").reads()).isEqualTo(1);
        assertThat(fission().stats("C1").newReferrals()).isZero();
    }

    @Test
    @DisplayName("F's visit delivered 3 times with one id and by 10 threads at once pays once and reads once")
    void exactlyOnce() {
        chain("A", "B", "C", "D", "E");
        String token = shareToken("E");
        long readsBefore = fission().stats("C1").reads();
        Map<String, Long> before = Map.of("C", balance("C"), "D", balance("D"), "E", balance("E"));
        VisitRequest request = new VisitRequest("visit-F", token, Viewer.member("F"), null, null);
        for (int i = 0; i < 3; i++) {
            fission().visit(request);
        }
        List<VisitOutcome> outcomes = Concurrently.run(10, i -> fission().visit(request));
        assertThat(outcomes).extracting(VisitOutcome::referralId).containsOnly(outcomes.get(0).referralId());
        assertThat(balance("E") - before.get("E")).isEqualTo(10);
        assertThat(balance("D") - before.get("D")).isEqualTo(3);
        assertThat(balance("C") - before.get("C")).isEqualTo(1);
        assertThat(fission().stats("C1").reads() - readsBefore).isEqualTo(1);

        List<VisitOutcome> racing = Concurrently.run(10, i ->
                fission().visit(VisitRequest.of(token, Viewer.member("G")).withVisitId("g-" + i)));
        assertThat(racing.stream().filter(VisitOutcome::newReferral).count()).isEqualTo(1);
        assertThat(balance("E") - before.get("E")).isEqualTo(20);
        assertThatThrownBy(() -> fission().visit(new VisitRequest("visit-F", token, Viewer.member("H"), null, null)))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("visitId");
    }

    @Test
    @DisplayName("V visits U1's link at 10:00 and U2's at 10:05: V is U1's child; both are reads of their sharers")
    void firstTouch() {
        String u1 = shareToken("U1");
        String u2 = shareToken("U2");
        Instant ten = clock().instant().minus(Duration.ofMinutes(30));
        fission().visit(VisitRequest.of(u1, Viewer.member("V")).at(ten));
        fission().visit(VisitRequest.of(u2, Viewer.member("V")).at(ten.plus(Duration.ofMinutes(5))));
        assertThat(fission().graph("C1").node("V").orElseThrow().node().parentId()).isEqualTo("U1");
        Map<String, PromoterStats> promoters = fission().promoters("C1", 0, 10).items().stream()
                .collect(Collectors.toMap(PromoterStats::personId, p -> p));
        assertThat(promoters.get("U1").readsBrought()).isEqualTo(1);
        assertThat(promoters.get("U2").readsBrought()).isEqualTo(1);
        assertThat(promoters.get("U1").newReferrals()).isEqualTo(1);
        assertThat(promoters.get("U2").newReferrals()).isZero();
        assertThat(promoters.get("U1").points()).isEqualTo(10);
        assertThat(fission().visitors("C1", "U2", 0, 10).items()).extracting(PromoterVisitor::referral)
                .containsExactly(false);
        assertThat(fission().visitors("C1", "U1", 0, 10).items()).singleElement().satisfies(v -> {
            assertThat(v.visitorId()).isEqualTo("V");
            assertThat(v.referral()).isTrue();
            assertThat(v.entryChannel()).isEqualTo(EntryChannel.LINK);
            assertThat(v.ownerId()).isEqualTo("U1");
        });
    }

    @Test
    @DisplayName("tokens are 32 URL-safe characters; forged, altered, truncated or padded ones are typed errors that record nothing")
    void tokens() {
        String token = shareToken("U1");
        assertThat(token).hasSize(32).matches("[A-Za-z0-9_-]{32}");
        assertThat(fission().resolve(token).personId()).isEqualTo("U1");
        char last = token.charAt(31);
        List<String> bad = List.of(token.substring(0, 31), token + "A", token.substring(0, 31) + (last == 'A' ? 'B' : 'A'),
                token.substring(0, 30) + "==", token.replace(token.charAt(5), token.charAt(5) == '+' ? '-' : '+'),
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "");
        for (String forged : bad) {
            assertThatThrownBy(() -> fission().visit(VisitRequest.of(forged, Viewer.member("V"))))
                    .as(forged).isInstanceOf(InvalidTokenException.class);
        }
        assertThat(fission().stats("C1").reads()).isZero();
        assertThatThrownBy(() -> fission().resolve(null)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    @DisplayName("after a key rotation sharing again returns a new token for the same share, and the old one still works")
    void keyRotation() {
        ShareHub oldHub = hubWith(TokenKeys.single(1, KEY_1));
        ShareOutcome before = oldHub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.POSTER));
        ShareHub rotated = hubWith(TokenKeys.of(Map.of(1, KEY_1, 2, KEY_2)));
        ShareOutcome after = rotated.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.POSTER));
        assertThat(after.share()).isEqualTo(before.share());
        assertThat(after.token()).isNotEqualTo(before.token());
        assertThat(rotated.fission().visit(VisitRequest.of(before.token(), Viewer.member("V1"))).entryChannel())
                .isEqualTo(EntryChannel.POSTER);
        assertThat(rotated.fission().visit(VisitRequest.of(after.token(), Viewer.member("V2"))).newReferral()).isTrue();
        ShareHub retired = hubWith(TokenKeys.single(2, KEY_2));
        assertThatThrownBy(() -> retired.fission().resolve(before.token()))
                .isInstanceOfSatisfying(InvalidTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.UNKNOWN_KEY));
        assertThat(oldHub.fission().resolve(before.token()).shareId())
                .isEqualTo(before.share().shareId());
        assertThatThrownBy(() -> oldHub.fission().resolve(after.token())).isInstanceOf(InvalidTokenException.class);
    }

    ShareHub hubWith(TokenKeys keys) {
        return ShareHub.builder().stores(fixture().stores()).clock(clock()).zone(hub().zone()).tokenKeys(keys).build();
    }

    @Test
    @DisplayName("sharing outside the period is CAMPAIGN_CLOSED; visits outside it are reads only")
    void period() {
        Instant now = clock().instant();
        fission().createCampaign(CampaignSpec.of("C2", "限时").between(now.minus(Duration.ofDays(1)), now.plusSeconds(60)));
        String token = fission().share(ShareRequest.of(Viewer.member("U1"), "C2", Channel.LINK)).token();
        clock().advance(Duration.ofMinutes(2));
        ShareOutcome closed = fission().share(ShareRequest.of(Viewer.member("U2"), "C2", Channel.LINK));
        assertThat(closed.decision()).isEqualTo(Decision.CAMPAIGN_CLOSED);
        assertThat(closed.token()).isNull();
        VisitOutcome late = fission().visit(VisitRequest.of(token, Viewer.member("V")));
        assertThat(late.status()).isEqualTo(VisitOutcome.Status.RECORDED);
        assertThat(late.newReferral()).isFalse();
        assertThat(fission().stats("C2")).isEqualTo(new CampaignStats(1, 1, 1, Map.of(Channel.LINK, 1L), 0));
        assertThat(fission().graph("C2").node("V")).isEmpty();
        assertThatThrownBy(() -> fission().createCampaign(CampaignSpec.of("C3", "倒置").between(now, now.minusSeconds(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("end");
    }

    @Test
    @DisplayName("a link never spreads employee-only material; an anonymous click on members-only material is a referral")
    void accessOnVisits() {
        hub().catalog().createCategory(CategorySpec.of("c", "资料"));
        hub().catalog().createMaterial(MaterialSpec.of("staff", "员工培训", "c").withVisibility(Visibility.ALL_EMPLOYEES));
        hub().catalog().createMaterial(MaterialSpec.of("lead", "会员手册", "c").withVisibility(Visibility.MEMBERS));
        hub().catalog().publish("staff");
        hub().catalog().publish("lead");
        fission().createCampaign(CampaignSpec.of("inner", "内部").withMaterial("staff"));
        fission().createCampaign(CampaignSpec.of("leads", "会员").withMaterial("lead"));

        assertThat(fission().share(ShareRequest.of(Viewer.member("M"), "inner", Channel.LINK)).decision())
                .isEqualTo(Decision.NOT_FOUND);
        assertThat(fission().share(ShareRequest.of(Viewer.anonymous("anon"), "leads", Channel.LINK)).decision())
                .isEqualTo(Decision.REGISTRATION_REQUIRED);
        String inner = fission().share(ShareRequest.of(Viewer.employee("E", "sales"), "inner", Channel.LINK)).token();
        VisitOutcome leaked = fission().visit(VisitRequest.of(inner, Viewer.member("outsider")));
        assertThat(leaked.status()).isEqualTo(VisitOutcome.Status.DENIED);
        assertThat(leaked.decision()).isEqualTo(Decision.NOT_FOUND);
        assertThat(fission().stats("inner").reads()).isZero();

        String lead = fission().share(ShareRequest.of(Viewer.member("M"), "leads", Channel.WECHAT_MOMENTS)).token();
        VisitOutcome anonymous = fission().visit(VisitRequest.of(lead, Viewer.anonymous("anon-7")));
        assertThat(anonymous.newReferral()).isTrue();
        assertThat(balance("M")).isEqualTo(10);
        assertThat(hub().engagement().stats("lead").shares()).isEqualTo(1);
    }

    @Test
    @DisplayName("a share is stable per person, campaign and channel; every action counts; the first completes the task")
    void sharesAndTasks() {
        List<String> completed = Collections.synchronizedList(new ArrayList<>());
        ShareHub hub = ShareHub.builder().stores(fixture().stores()).clock(clock()).zone(hub().zone())
                .listener(new FissionListener() {
                    @Override
                    public void taskCompleted(String campaignId, String personId, Instant at) {
                        completed.add(personId);
                    }
                }).build();
        ShareOutcome first = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.LINK)
                .withRequestId("r1"));
        ShareOutcome again = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.LINK));
        ShareOutcome poster = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.POSTER));
        ShareOutcome repeat = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.LINK)
                .withRequestId("r1"));
        assertThat(first.taskCompleted()).isTrue();
        assertThat(again.taskCompleted()).isFalse();
        assertThat(again.share()).isEqualTo(first.share());
        assertThat(again.token()).isEqualTo(first.token());
        assertThat(poster.share().shareId()).isNotEqualTo(first.share().shareId());
        assertThat(repeat.repeated()).isTrue();
        assertThat(repeat.taskCompleted()).isTrue();
        assertThat(completed).containsExactly("U1");
        assertThat(hub.fission().stats("C1").shares()).isEqualTo(Map.of(Channel.LINK, 2L, Channel.POSTER, 1L));
        assertThat(hub.fission().stats("C1").sharers()).isEqualTo(1);
        assertThat(hub.fission().graph("C1").roots(0, 10).items()).extracting(n -> n.node().personId())
                .containsExactly("U1");
        assertThatThrownBy(() -> hub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.OTHER)
                .withRequestId("r1"))).isInstanceOf(IdempotencyConflictException.class)
                .hasMessageContaining("shareRequestId");
    }

    @Test
    @DisplayName("the graph: roots, children, depth, invites, descendants, points, ancestors and its ECharts export")
    void graph() {
        chain("A", "B", "C");
        String a = shareToken("A");
        visit("D", a);
        visit("E", shareToken("D"));
        NodeSummary root = fission().graph("C1").node("A").orElseThrow();
        assertThat(root.directInvites()).isEqualTo(2);
        assertThat(root.descendants()).isEqualTo(4);
        assertThat(root.points()).isEqualTo(10 + 3 + 10 + 3);
        assertThat(fission().graph("C1").children("A")).extracting(n -> n.node().personId()).containsExactly("B", "D");
        assertThat(fission().graph("C1").size()).isEqualTo(5);
        assertThat(fission().graph("C1").maxDepth()).isEqualTo(2);

        GraphExport all = fission().graph("C1").export(GraphLimits.DEFAULT);
        assertThat(all.truncated()).isFalse();
        assertThat(all.nodes()).extracting(n -> n.node().personId()).containsExactly("A", "B", "D", "C", "E");
        String json = all.toEChartsGraphJson();
        assertThat(json).contains("\"nodes\":[{\"id\":\"A\"").contains("{\"source\":\"A\",\"target\":\"B\"}")
                .contains("{\"source\":\"D\",\"target\":\"E\"}");
        assertThat(all.toEChartsTreeJson()).startsWith("[{\"name\":\"A\",\"value\":26,\"children\":[{\"name\":\"B\"");
        GraphExport shallow = fission().graph("C1").export(GraphLimits.of(1, 100));
        assertThat(shallow.nodes()).extracting(n -> n.node().personId()).containsExactly("A", "B", "D");
        assertThat(shallow.truncated()).isTrue();
        assertThat(fission().graph("C1").export(GraphLimits.of(5, 2)).nodes()).hasSize(2);
        assertThat(fission().graph("C1").export(GraphLimits.of(5, 10).below("D")).nodes())
                .extracting(n -> n.node().personId()).containsExactly("D", "E");
    }

    @Test
    @DisplayName("campaign statistics and heat: reads, unique visitors, sharers, shares per channel, referrals; 2 heat per referral")
    void statsAndHeat() {
        String u1 = shareToken("U1");
        shareToken("U1", "C1", Channel.POSTER);
        visit("V1", u1);
        visit("V1", u1);
        visit("V2", u1);
        assertThat(fission().stats("C1")).isEqualTo(new CampaignStats(3, 2, 1,
                Map.of(Channel.LINK, 1L, Channel.POSTER, 1L), 2));
        assertThat(hub().heat().ofPerson("U1")).isEqualTo(4);
    }

    @Test
    @DisplayName("a listener's exception is logged and never undoes the record")
    void listenerFailure() {
        List<Referral> heard = new ArrayList<>();
        ShareHub hub = ShareHub.builder().stores(fixture().stores()).clock(clock()).zone(hub().zone())
                .listener(new FissionListener() {
                    @Override
                    public void referralMade(Referral referral) {
                        heard.add(referral);
                        throw new IllegalStateException("the host's CRM is down");
                    }
                }).build();
        String token = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "C1", Channel.LINK)).token();
        VisitOutcome outcome = hub.fission().visit(VisitRequest.of(token, Viewer.member("V")));
        assertThat(outcome.newReferral()).isTrue();
        assertThat(heard).hasSize(1);
        assertThat(hub.points().balance("U1")).isEqualTo(10);
    }

    @Test
    @DisplayName("a batch of visits is checked whole first, then judged one by one in order")
    void batchVisits() {
        String token = shareToken("U1");
        assertThatThrownBy(() -> fission().visitAll(List.of(VisitRequest.of(token, Viewer.member("V1")),
                VisitRequest.of("not-a-token", Viewer.member("V2"))))).isInstanceOf(InvalidTokenException.class);
        assertThat(fission().stats("C1").reads()).isZero();
        List<VisitOutcome> outcomes = fission().visitAll(List.of(
                VisitRequest.of(token, Viewer.member("V1")).withVisitId("b1"),
                VisitRequest.of(token, Viewer.member("V1")).withVisitId("b1"),
                VisitRequest.of(token, Viewer.member("V2")).withVisitId("b1"),
                VisitRequest.of(token, Viewer.member("V2")).withVisitId("b2")));
        assertThat(outcomes).extracting(VisitOutcome::status).containsExactly(VisitOutcome.Status.RECORDED,
                VisitOutcome.Status.REPEATED, VisitOutcome.Status.CONFLICT, VisitOutcome.Status.RECORDED);
        assertThat(outcomes).extracting(VisitOutcome::newReferral).containsExactly(true, true, false, true);
        assertThat(fission().stats("C1").reads()).isEqualTo(2);
        assertThat(balance("U1")).isEqualTo(20);
        assertThat(Set.copyOf(fission().graph("C1").children("U1").stream().map(n -> n.node().personId()).toList()))
                .containsExactlyInAnyOrder("V1", "V2");
    }
}
