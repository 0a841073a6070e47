package io.sharehub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.FissionConfig;
import io.sharehub.fission.FissionListener;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.Payout;
import io.sharehub.fission.Referral;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareGraph;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.people.People.MergeOutcome;
import io.sharehub.points.BoardRow;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.fission.PromoterVisitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Owners, identity merge, caps, fraud flags, reversal and listeners, as DESIGN defines them. */
public abstract class FissionExtrasContract extends ContractTest {

    @BeforeEach
    void campaigns() {
        hub().fission().createCampaign(CampaignSpec.of("C1", "双十一预热"));
        hub().fission().createCampaign(CampaignSpec.of("C2", "春季新品"));
    }

    ShareHub hub(FissionConfig config, FissionListener... listeners) {
        ShareHub.Builder builder = ShareHub.builder().stores(fixture().stores()).clock(clock()).zone(hub().zone())
                .fission(config);
        for (FissionListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.build();
    }

    static String share(ShareHub hub, String person, String campaign) {
        return hub.fission().share(ShareRequest.of(Viewer.member(person), campaign, Channel.LINK)).token();
    }

    static VisitOutcome visit(ShareHub hub, Viewer visitor, String token, String visitId) {
        return hub.fission().visit(VisitRequest.of(token, visitor).withVisitId(visitId));
    }

    @Test
    @DisplayName("anon-7f3a visits U1's link three times, then becomes member U9: 3 reads, 1 unique visitor, U1 paid once")
    void anonymousThenMember() {
        String u1 = share(hub(), "U1", "C1");
        Viewer anon = Viewer.anonymous("anon-7f3a");
        visit(hub(), anon, u1, "v1");
        visit(hub(), anon, u1, "v2");
        visit(hub(), anon, u1, "v3");
        MergeOutcome merge = hub().people().merge("anon-7f3a", "U9");
        assertThat(merge.merged()).isTrue();
        assertThat(merge.reversedReferrals()).isEmpty();

        assertThat(hub().fission().stats("C1").reads()).isEqualTo(3);
        assertThat(hub().fission().stats("C1").uniqueVisitors()).isEqualTo(1);
        assertThat(hub().fission().graph("C1").node("U9").orElseThrow().node().parentId()).isEqualTo("U1");
        assertThat(hub().fission().graph("C1").node("anon-7f3a").orElseThrow().node().personId()).isEqualTo("U9");
        assertThat(hub().people().ownerOf("U9")).contains("U1");
        assertThat(hub().points().balance("U1")).isEqualTo(10);
        assertThat(hub().fission().visitors("C1", "U1", 0, 10).items()).singleElement()
                .satisfies(v -> assertThat(v.visitorId()).isEqualTo("U9"));

        assertThat(hub().people().merge("anon-7f3a", "U9").merged()).isFalse();
        assertThat(hub().points().balance("U1")).isEqualTo(10);
    }

    @Test
    @DisplayName("anon-51c2 visits U1's link, then turns out to be U1: the referral and its points are reversed")
    void selfReferralByMerge() {
        String u1 = share(hub(), "U1", "C1");
        visit(hub(), Viewer.anonymous("anon-51c2"), u1, "v1");
        assertThat(hub().points().balance("U1")).isEqualTo(10);
        MergeOutcome merge = hub().people().merge("anon-51c2", "U1");
        assertThat(merge.reversedReferrals()).hasSize(1);
        assertThat(hub().points().balance("U1")).isZero();
        GraphNode u1Node = hub().fission().graph("C1").node("U1").orElseThrow().node();
        assertThat(u1Node.isRoot()).isTrue();
        assertThat(hub().fission().graph("C1").size()).isEqualTo(1);
        assertThat(hub().fission().graph("C1").children("U1")).isEmpty();
        assertThat(hub().people().ownerOf("U1")).isEmpty();
        assertThat(hub().fission().stats("C1").newReferrals()).isZero();
        assertThat(hub().leaderboards().campaign("C1").top(10)).isEmpty();
    }

    @Test
    @DisplayName("with a 30-day owner expiry, V's new referral by U2 on day 40 makes U2 the owner; without it U1 stays")
    void ownerExpiry() {
        for (Duration expiry : new Duration[] {Duration.ofDays(30), null}) {
            ShareHub hub = hub(FissionConfig.ofDefaults().withOwnerExpiry(expiry));
            String suffix = expiry == null ? "-forever" : "-expiring";
            hub.fission().createCampaign(CampaignSpec.of("A" + suffix, "第一场"));
            hub.fission().createCampaign(CampaignSpec.of("B" + suffix, "第二场"));
            String u1 = share(hub, "U1", "A" + suffix);
            Viewer v = Viewer.member("V" + suffix);
            visit(hub, v, u1, "first" + suffix);
            assertThat(hub.people().ownerOf(v.id())).contains("U1");
            clock().advance(Duration.ofDays(39));
            String u2 = share(hub, "U2", "B" + suffix);
            assertThat(visit(hub, v, u2, "second" + suffix).newReferral()).isTrue();
            assertThat(hub.people().ownerOf(v.id())).contains(expiry == null ? "U1" : "U2");
        }
    }

    @Test
    @DisplayName("last touch rebinds at every new referral; new-visitors-only binds anonymous visitors only")
    void ownerModes() {
        ShareHub last = hub(FissionConfig.ofDefaults().withOwnerMode(FissionConfig.OwnerMode.LAST_TOUCH));
        visit(last, Viewer.member("V"), share(last, "U1", "C1"), "a");
        visit(last, Viewer.member("V"), share(last, "U2", "C2"), "b");
        assertThat(last.people().ownerOf("V")).contains("U2");

        ShareHub newOnly = hub(FissionConfig.ofDefaults().withOwnerMode(FissionConfig.OwnerMode.NEW_VISITORS_ONLY));
        visit(newOnly, Viewer.member("M"), share(newOnly, "U1", "C1"), "c");
        visit(newOnly, Viewer.anonymous("anon"), share(newOnly, "U1", "C1"), "d");
        assertThat(newOnly.people().ownerOf("M")).isEmpty();
        assertThat(newOnly.people().ownerOf("anon")).contains("U1");
    }

    @Test
    @DisplayName("a cap of 25 a day with 10-point awards: the third referral pays 5, the fourth 0, both still count")
    void dailyCap() {
        ShareHub hub = hub(FissionConfig.ofDefaults().withDailyCap(25L));
        String token = share(hub, "U1", "C1");
        List<Long> paid = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            VisitOutcome outcome = visit(hub, Viewer.member("V" + i), token, "cap-" + i);
            assertThat(outcome.newReferral()).isTrue();
            paid.add(outcome.payouts().stream().filter(p -> p.level() == 1).mapToLong(Payout::points).sum());
        }
        assertThat(paid).containsExactly(10L, 10L, 5L, 0L);
        assertThat(hub.points().balance("U1")).isEqualTo(25);
        assertThat(hub.fission().graph("C1").children("U1")).hasSize(4);
        BoardRow row = hub.leaderboards().campaign("C1").rankOf("U1").orElseThrow();
        assertThat(row.points()).isEqualTo(25);
        assertThat(row.invited()).isEqualTo(4);

        clock().advance(Duration.ofDays(1));
        assertThat(visit(hub, Viewer.member("V5"), token, "cap-5").pointsPaid()).isEqualTo(10);
    }

    @Test
    @DisplayName("reversing a referral whose points were spent: REVERSAL of the balance, debt for the rest; twice changes nothing")
    void reversal() {
        String token = share(hub(), "U1", "C1");
        VisitOutcome outcome = visit(hub(), Viewer.member("V"), token, "v");
        hub().points().redeem("U1", 8, "redeem-1", null, "兑换礼品");
        Referral reversed = hub().fission().reverseReferral(outcome.referralId());
        assertThat(reversed.reversed()).isTrue();
        assertThat(hub().points().balance("U1")).isZero();
        assertThat(hub().points().debt("U1")).isEqualTo(8);
        List<LedgerEntry> entries = hub().points().entries("U1", 0, 10).items();
        assertThat(entries).filteredOn(e -> e.reason() == EntryReason.REVERSAL).singleElement()
                .extracting(LedgerEntry::amount).isEqualTo(-2L);
        assertThat(hub().leaderboards().campaign("C1").top(10)).isEmpty();
        assertThat(hub().leaderboards().today().top(10)).isEmpty();
        assertThat(hub().fission().stats("C1").newReferrals()).isZero();
        assertThat(hub().fission().graph("C1").node("V").orElseThrow().node().reversed()).isTrue();
        assertThat(hub().people().ownerOf("V")).contains("U1");
        assertThat(hub().heat().ofPerson("U1")).as("the referral's 2 heat are taken back").isZero();

        hub().fission().reverseReferral(outcome.referralId());
        assertThat(hub().points().balance("U1")).isZero();
        assertThat(hub().points().debt("U1")).isEqualTo(8);
        assertThat(hub().points().entries("U1", 0, 10).total()).isEqualTo(entries.size());

        assertThat(visit(hub(), Viewer.member("W"), share(hub(), "V", "C1"), "w").payouts())
                .containsExactly(new Payout(1, "V", 10), new Payout(2, "U1", 3));
        assertThat(hub().points().debt("U1")).isEqualTo(5);
    }

    @Test
    @DisplayName("fraud rules flag referrals for review, pay them all the same, and tell listeners")
    void flags() {
        List<String> flagged = Collections.synchronizedList(new ArrayList<>());
        ShareHub hub = hub(FissionConfig.ofDefaults().withReferralBurst(2, Duration.ofHours(1)).withSameDeviceRule(true),
                new FissionListener() {
                    @Override
                    public void referralFlagged(Referral referral, String reason) {
                        flagged.add(referral.visitorId() + " " + reason.substring(0, reason.indexOf(':')));
                    }
                });
        String token = share(hub, "U1", "C1");
        hub.fission().visit(VisitRequest.of(token, Viewer.member("V1")).fromDevice("dev-1"));
        hub.fission().visit(VisitRequest.of(token, Viewer.member("V2")).fromDevice("dev-2"));
        hub.fission().visit(VisitRequest.of(token, Viewer.member("V3")).fromDevice("dev-3"));
        clock().advance(Duration.ofMinutes(1));
        String u2 = share(hub, "U2", "C2");
        VisitOutcome device = hub.fission().visit(VisitRequest.of(u2, Viewer.member("V4")).fromDevice("dev-1"));
        assertThat(device.flagged()).isTrue();
        assertThat(device.pointsPaid()).isEqualTo(10);
        assertThat(flagged).containsExactly("V3 REFERRAL_BURST", "V4 SAME_DEVICE");
        assertThat(hub.fission().flaggedReferrals(0, 10).items()).extracting(Referral::visitorId)
                .containsExactly("V4", "V3");
        assertThat(hub.points().balance("U1")).isEqualTo(30);
        assertThat(hub().fission().flaggedReferrals(0, 10).total()).isEqualTo(2);
    }

    @Test
    @DisplayName("merging two nodes: the earlier-joined stays, the other's referral is reversed and its children move")
    void mergeTwoNodes() {
        String u1 = share(hub(), "U1", "C1");
        visit(hub(), Viewer.member("M"), u1, "m");                        // M joins first, under U1
        clock().advance(Duration.ofMinutes(1));
        String u2 = share(hub(), "U2", "C1");
        visit(hub(), Viewer.anonymous("anon"), u2, "a");                  // anon joins later, under U2
        String anonToken = share(hub(), "anon", "C1");
        visit(hub(), Viewer.member("K"), anonToken, "k");                 // K under anon
        assertThat(hub().points().balance("U2")).isEqualTo(13);

        MergeOutcome merge = hub().people().merge("anon", "M");
        assertThat(merge.reversedReferrals()).hasSize(1);
        GraphNode m = hub().fission().graph("C1").node("M").orElseThrow().node();
        assertThat(m.parentId()).isEqualTo("U1");
        assertThat(hub().fission().graph("C1").node("K").orElseThrow().node().parentId()).isEqualTo("M");
        assertThat(hub().fission().graph("C1").node("K").orElseThrow().node().depth()).isEqualTo(2);
        assertThat(hub().points().balance("U2")).isEqualTo(3);
        assertThat(hub().points().balance("M")).isEqualTo(10);
        assertThat(hub().fission().graph("C1").size()).isEqualTo(4);

        ShareOutcome again = hub().fission().share(ShareRequest.of(Viewer.member("M"), "C1", Channel.LINK));
        assertThat(again.share().personId()).isEqualTo("M");
        assertThat(hub().fission().resolve(anonToken).shareId()).isNotNull();
        VisitOutcome viaOldToken = visit(hub(), Viewer.member("Z"), anonToken, "z");
        assertThat(viaOldToken.sharerId()).isEqualTo("M");
        assertThat(hub().fission().graph("C1").node("Z").orElseThrow().node().parentId()).isEqualTo("M");
    }

    @Test
    @DisplayName("an anonymous id merged into a member while it visits (50 rounds): the merge's results hold whatever the"
            + " interleaving")
    void mergeRacesVisits() {
        for (int round = 0; round < 50; round++) {
            mergeRace(round, round % 3);
        }
    }

    /**
     * One round: three visits and a merge of {@code anon-<round>} into {@code M<round>} at once, in a
     * campaign of the round's own. Kind 0: two visits by the anonymous id and one by the member to
     * S's link, the member not yet a node. Kind 1: the same, but the member joined earlier under T, so
     * a referral of the anonymous id is reversed. Kind 2: the anonymous id shared first, V visits its
     * link three times. Each kind's final state is the same for every order of the four calls.
     */
    private static Viewer raceVisitor(int kind, int thread, int round) {
        return kind == 2 ? Viewer.member("V" + round)
                : kind == 0 && thread == 2 ? Viewer.member("M" + round) : Viewer.anonymous("anon-" + round);
    }

    private void mergeRace(int round, int kind) {
        String campaign = "race-" + round;
        String sharer = "S" + round;
        String earlier = "T" + round;
        String anon = "anon-" + round;
        String member = "M" + round;
        String visitor = "V" + round;
        hub().fission().createCampaign(CampaignSpec.of(campaign, "合并与访问 " + round));
        String token;
        if (kind == 1) {
            visit(hub(), Viewer.member(member), share(hub(), earlier, campaign), campaign + "-setup");
            clock().advance(Duration.ofSeconds(1));
        }
        if (kind == 2) {
            token = hub().fission().share(ShareRequest.of(Viewer.anonymous(anon), campaign, Channel.LINK)).token();
        } else {
            token = share(hub(), sharer, campaign);
        }
        List<Object> results = Concurrently.run(4, t -> {
            if (t == 3) {
                return hub().people().merge(anon, member);
            }
            return visit(hub(), raceVisitor(kind, t, round), token, campaign + "-v" + t);
        });
        String as = "round " + round + " (kind " + kind + ")";
        assertThat(((MergeOutcome) results.get(3)).merged()).as(as).isTrue();
        assertThat(hub().people().resolve(anon)).as(as).isEqualTo(member);

        // who brought whom: the referral that stands, its sharer and the person it made a node
        String paid = kind == 0 ? sharer : kind == 1 ? earlier : member;
        String brought = kind == 2 ? visitor : member;
        ShareGraph graph = hub().fission().graph(campaign);
        assertThat(graph.size()).as(as).isEqualTo(kind == 1 ? 3 : 2);
        assertThat(graph.node(brought).orElseThrow().node().parentId()).as(as).isEqualTo(paid);
        assertThat(graph.node(brought).orElseThrow().node().depth()).as(as).isEqualTo(1);
        assertThat(graph.node(brought).orElseThrow().node().reversed()).as(as).isFalse();
        assertThat(graph.node(anon).orElseThrow().node().personId()).as(as).isEqualTo(member);
        if (kind == 2) {
            assertThat(graph.node(member).orElseThrow().node().isRoot()).as(as).isTrue();
        }
        assertThat(graph.children(paid)).as(as).extracting(n -> n.node().personId()).containsExactly(brought);
        assertThat(hub().people().ownerOf(brought)).as(as).contains(paid);
        assertThat(hub().people().ownerOf(anon)).as(as).isEqualTo(hub().people().ownerOf(member));

        // points: the referral paid once; a reversed one taken back in full (nothing was spent)
        assertThat(hub().points().balance(paid)).as(as).isEqualTo(10);
        assertThat(hub().points().debt(paid)).as(as).isZero();
        if (kind != 0) {
            assertThat(hub().points().balance(kind == 1 ? sharer : visitor)).as(as).isZero();
        }
        assertThat(hub().points().balance(anon)).as(as).isZero();
        assertThat(hub().leaderboards().campaign(campaign).top(10)).as(as)
                .extracting(BoardRow::id, BoardRow::points, BoardRow::invited).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(paid, 10L, 1L));

        // reads and unique visitors: every visit counted, the merged person once
        CampaignStats stats = hub().fission().stats(campaign);
        assertThat(stats.reads()).as(as).isEqualTo(kind == 1 ? 4 : 3);
        assertThat(stats.uniqueVisitors()).as(as).isEqualTo(1);
        assertThat(stats.newReferrals()).as(as).isEqualTo(1);
        String promoter = kind == 2 ? member : sharer;
        assertThat(hub().fission().visitors(campaign, promoter, 0, 10).items()).as(as)
                .extracting(PromoterVisitor::visitorId, PromoterVisitor::visits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(brought, 3L));

        // idempotent: the merge again changes nothing, the visits again are repeats
        assertThat(hub().people().merge(anon, member).merged()).as(as).isFalse();
        for (int t = 0; t < 3; t++) {
            assertThat(visit(hub(), raceVisitor(kind, t, round), token, campaign + "-v" + t).status()).as(as)
                    .isEqualTo(VisitOutcome.Status.REPEATED);
        }
        assertThat(hub().points().balance(paid)).as(as).isEqualTo(10);
    }

    @Test
    @DisplayName("after a merge, unique viewers and favourites count the person once; heat and history move")
    void mergeEngagement() {
        hub().catalog().createCategory(CategorySpec.of("c", "资料"));
        hub().catalog().createMaterial(MaterialSpec.of("M1", "手册", "c"));
        hub().catalog().publish("M1");
        hub().engagement().record(EngagementEvent.view("e1", Viewer.anonymous("anon"), "M1"));
        hub().engagement().record(EngagementEvent.favorite("e2", Viewer.anonymous("anon"), "M1"));
        hub().engagement().record(EngagementEvent.view("e3", Viewer.member("U9"), "M1"));
        hub().engagement().record(EngagementEvent.favorite("e4", Viewer.member("U9"), "M1"));
        assertThat(hub().engagement().stats("M1").uniqueViewers()).isEqualTo(2);
        assertThat(hub().engagement().stats("M1").favorites()).isEqualTo(2);

        hub().people().merge("anon", "U9");
        assertThat(hub().engagement().stats("M1").uniqueViewers()).isEqualTo(1);
        assertThat(hub().engagement().stats("M1").favorites()).isEqualTo(1);
        assertThat(hub().engagement().stats("M1").views()).isEqualTo(2);
        assertThat(hub().heat().ofPerson("U9")).isEqualTo(1 + 2 + 1 + 2);
        assertThat(hub().heat().ofPerson("anon")).isZero();
        assertThat(hub().engagement().history("U9", java.util.Set.of(), 0, 10).total()).isEqualTo(4);
        Instant day = clock().instant();
        assertThat(hub().engagement().stats("M1", io.sharehub.TimeRange.of(day.minusSeconds(60), day.plusSeconds(60)))
                .uniqueViewers()).isEqualTo(1);
    }

    @Test
    @DisplayName("erasing a person replaces their id by a stable pseudonym everywhere; counts, edges and points stay")
    void erasure() {
        hub().catalog().createCategory(CategorySpec.of("c", "资料"));
        hub().catalog().createMaterial(MaterialSpec.of("M1", "手册", "c"));
        hub().catalog().publish("M1");
        hub().engagement().record(EngagementEvent.view("e1", Viewer.member("U1"), "M1"));
        hub().engagement().record(EngagementEvent.favorite("e2", Viewer.member("U1"), "M1"));
        visit(hub(), Viewer.anonymous("anon-u1"), share(hub(), "X", "C1"), "x");
        hub().people().merge("anon-u1", "U1");
        String u1 = share(hub(), "U1", "C1");
        visit(hub(), Viewer.member("V"), u1, "v");
        long balance = hub().points().balance("U1");
        long reads = hub().fission().stats("C1").reads();

        String pseudonym = hub().people().erase("U1");
        assertThat(pseudonym).startsWith("erased-").hasSize("erased-".length() + 26).doesNotContain("U1");
        assertThat(hub().people().erase("U1")).isEqualTo(pseudonym);
        assertThat(hub().points().balance(pseudonym)).isEqualTo(balance);
        assertThat(hub().points().balance("U1")).isZero();
        assertThat(hub().fission().graph("C1").node("V").orElseThrow().node().parentId()).isEqualTo(pseudonym);
        assertThat(hub().fission().graph("C1").node("U1")).isEmpty();
        assertThat(hub().fission().graph("C1").node(pseudonym).orElseThrow().node().parentId()).isEqualTo("X");
        assertThat(hub().people().ownerOf("V")).contains(pseudonym);
        assertThat(hub().people().ownerOf(pseudonym)).contains("X");
        assertThat(hub().people().resolve("anon-u1")).isEqualTo("anon-u1");
        assertThat(hub().fission().stats("C1").reads()).isEqualTo(reads);
        assertThat(hub().engagement().stats("M1").uniqueViewers()).isEqualTo(1);
        assertThat(hub().engagement().stats("M1").favorites()).isEqualTo(1);
        assertThat(hub().engagement().isFavorite(pseudonym, "M1")).isTrue();
        assertThat(hub().engagement().history("U1", java.util.Set.of(), 0, 10).total()).isZero();
        assertThat(hub().leaderboards().campaign("C1").rankOf(pseudonym)).isPresent();
        assertThat(hub().leaderboards().campaign("C1").rankOf("U1")).isEmpty();
    }

    @Test
    @DisplayName("listeners hear a referral, its payouts and a completed task after commit")
    void listeners() {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        ShareHub hub = hub(FissionConfig.ofDefaults(), new FissionListener() {
            @Override
            public void referralMade(Referral referral) {
                heard.add("referral " + referral.sharerId() + "→" + referral.visitorId());
            }

            @Override
            public void pointsPaid(Referral referral, List<Payout> payouts) {
                heard.add("paid " + payouts);
            }

            @Override
            public void taskCompleted(String campaignId, String personId, Instant at) {
                heard.add("task " + personId);
            }
        });
        visit(hub, Viewer.member("V"), share(hub, "U1", "C1"), "v");
        assertThat(heard).containsExactly("task U1", "referral U1→V", "paid [Payout[level=1, account=U1, points=10]]");
    }
}
