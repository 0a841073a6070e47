package io.sharehub.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.FissionConfig;
import io.sharehub.fission.FissionListener;
import io.sharehub.fission.GraphExport;
import io.sharehub.fission.GraphLimits;
import io.sharehub.fission.NodeSummary;
import io.sharehub.fission.Payout;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.people.People.MergeOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The code behind docs/fission.md and docs/owners-merges-antifraud.md. */
class FissionDocsTest {
    static final byte[] SECRET_FROM_VAULT = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static final byte[] NEW_SECRET_FROM_VAULT = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("fission: a campaign, a share, a visit, the payouts and the graph")
    void fission() {
        List<String> messages = new ArrayList<>();
        // tag::hub[]
        ShareHub hub = ShareHub.builder()
                .tokenKeys(TokenKeys.single(1, SECRET_FROM_VAULT))   // 32+ bytes from the host's secret store
                .listener(new FissionListener() {
                    @Override
                    public void pointsPaid(Referral referral, List<Payout> payouts) {
                        messages.add("恭喜获得积分 " + payouts);         // runs after commit
                    }
                })
                .build();
        // end::hub[]

        // tag::campaign[]
        hub.fission().createCampaign(CampaignSpec.of("double11", "双十一预热")
                .between(Instant.parse("2026-11-01T00:00:00Z"), null)     // open end
                .withRule(RewardRule.of(10, 3, 1)));                     // at most three levels
        // end::campaign[]

        // tag::share[]
        ShareOutcome shared = hub.fission().share(
                ShareRequest.of(Viewer.member("U1"), "double11", Channel.WECHAT_MOMENTS));
        String url = "https://m.example.com/s/" + shared.token();          // 32 URL-safe characters
        // end::share[]

        // tag::visit[]
        VisitOutcome visit = hub.fission().visit(
                VisitRequest.of(shared.token(), Viewer.anonymous("openid-9f2c")).withVisitId("req-5521"));
        boolean referral = visit.newReferral();     // true: U1's first referral of this visitor
        long paid = visit.pointsPaid();             // 10: U1 is a root, so only level 1 is paid
        // end::visit[]
        assertThat(url).hasSize("https://m.example.com/s/".length() + 32);
        assertThat(referral).isTrue();
        assertThat(paid).isEqualTo(10);
        assertThat(messages).hasSize(1);

        // tag::graph[]
        NodeSummary u1 = hub.fission().graph("double11").node("U1").orElseThrow();
        GraphExport export = hub.fission().graph("double11").export(GraphLimits.of(10, 2_000));
        String echartsGraph = export.toEChartsGraphJson();   // {"nodes":[…],"links":[…]} for series type 'graph'
        String echartsTree = export.toEChartsTreeJson();     // [{"name":…,"children":[…]}] for series type 'tree'
        CampaignStats stats = hub.fission().stats("double11");
        // end::graph[]
        assertThat(u1.directInvites()).isEqualTo(1);
        assertThat(echartsGraph).contains("\"source\":\"U1\"");
        assertThat(echartsTree).startsWith("[{\"name\":\"U1\"");
        assertThat(stats.newReferrals()).isEqualTo(1);
    }

    @Test
    @DisplayName("key rotation keeps old links working")
    void rotation() {
        // tag::rotation[]
        ShareHub hub = ShareHub.builder()
                .tokenKeys(TokenKeys.of(Map.of(
                        1, SECRET_FROM_VAULT,          // still verifies links already out
                        2, NEW_SECRET_FROM_VAULT)))    // the highest id signs new tokens
                .build();
        // end::rotation[]
        hub.fission().createCampaign(CampaignSpec.of("c", "活动"));
        ShareOutcome shared = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "c", Channel.LINK));
        assertThat(hub.fission().resolve(shared.token()).personId()).isEqualTo("U1");
    }

    @Test
    @DisplayName("owners, merges, caps, flags and reversal")
    void extras() {
        // tag::config[]
        ShareHub hub = ShareHub.builder()
                .tokenKeys(TokenKeys.single(1, SECRET_FROM_VAULT))
                .fission(FissionConfig.ofDefaults()
                        .withDailyCap(200L)                               // referral points per account per day
                        .withOwnerMode(FissionConfig.OwnerMode.FIRST_TOUCH)
                        .withOwnerExpiry(Duration.ofDays(90))
                        .withReferralBurst(30, Duration.ofHours(1))       // flag the 31st referral in an hour
                        .withSameDeviceRule(true))
                .build();
        // end::config[]
        hub.fission().createCampaign(CampaignSpec.of("c", "活动"));
        String token = hub.fission().share(ShareRequest.of(Viewer.member("U1"), "c", Channel.POSTER)).token();

        // tag::merge[]
        hub.fission().visit(VisitRequest.of(token, Viewer.anonymous("openid-9f2c")).fromDevice("device-77"));
        // … the visitor signs up as member U9:
        MergeOutcome merged = hub.people().merge("openid-9f2c", "U9");
        String owner = hub.people().ownerOf("U9").orElse("none");      // U1, the 所属人
        // end::merge[]
        assertThat(merged.merged()).isTrue();
        assertThat(owner).isEqualTo("U1");

        String referralId = hub.fission().graph("c").node("U9").orElseThrow().node().referralId();
        // tag::reverse[]
        List<Referral> toReview = hub.fission().flaggedReferrals(0, 50).items();
        Referral reversed = hub.fission().reverseReferral(referralId);   // a second call changes nothing
        // end::reverse[]
        assertThat(toReview).isEmpty();
        assertThat(reversed.reversed()).isTrue();
        assertThat(hub.points().balance("U1")).isZero();
    }
}
