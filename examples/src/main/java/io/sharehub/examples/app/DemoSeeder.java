package io.sharehub.examples.app;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.engagement.EngagementEvent;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.VisitRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo on the first start: the catalog, two campaigns, the demo people, and a few weeks of
 * views, favourites, downloads, shares and visits, so that every administrator page has something
 * to show. Everything is written in one Spring transaction (ShareHub joins it), so a start that
 * fails half-way leaves nothing; a database that already holds the campaigns is left alone.
 */
@Component
public class DemoSeeder implements SmartInitializingSingleton {
    /** The spring brake campaign. */
    public static final String SPRING = "spring-brake";
    /** The filter week campaign (members-only material). */
    public static final String FILTERS = "filter-week";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final ShareHub hub;
    private final DemoPeople people;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final Map<String, Viewer> viewers = new HashMap<>();
    private Instant now;
    private int visitIds;
    private int shareIds;

    /**
     * @param hub the hub
     * @param people the directory
     * @param tx Spring's transactions
     * @param enabled {@code demo.seed}
     */
    public DemoSeeder(ShareHub hub, DemoPeople people, TransactionTemplate tx,
            @Value("${demo.seed:true}") boolean enabled) {
        this.hub = hub;
        this.people = people;
        this.tx = tx;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        if (hub.fission().campaign(SPRING).isPresent()) {
            LOG.info("Demo data already there: not seeding again");
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> seed());
        LOG.info("Seeded the demo material center in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void seed() {
        now = hub.clock().instant();
        long started = System.nanoTime();
        seedPeople();
        for (CategorySpec category : SeedCatalog.categories()) {
            hub.catalog().createCategory(category);
        }
        List<MaterialSpec> materials = SeedCatalog.materials();
        for (int i = 0; i < materials.size(); i++) {
            hub.catalog().createMaterial(materials.get(i));
            // published over the last two months, oldest first
            hub.catalog().publish(materials.get(i).id(), ago(60 - i * 3 / 2, 9 + i % 8));
        }
        List<MaterialSpec> later = SeedCatalog.unpublished();
        hub.catalog().createMaterial(later.get(0));
        hub.catalog().createMaterial(later.get(1));
        hub.catalog().publish(later.get(1).id(), now.plus(Duration.ofDays(3)));

        hub.fission().createCampaign(CampaignSpec.of(SPRING, "春季刹车安全月：陶瓷刹车片限时八折").withMaterial("M001")
                .between(ago(21, 0), null).withRule(RewardRule.of(10, 3, 1)));
        hub.fission().createCampaign(CampaignSpec.of(FILTERS, "滤清器焕新周：会员三滤套装专享价").withMaterial("M024")
                .between(ago(7, 0), now.plus(Duration.ofDays(21))).withRule(RewardRule.of(20, 5, 2)));

        long phase = System.nanoTime();
        LOG.debug("seed: people and catalog in {} ms", (phase - started) / 1_000_000);
        seedEngagement(materials);
        LOG.debug("seed: engagement in {} ms", (System.nanoTime() - phase) / 1_000_000);
        phase = System.nanoTime();
        seedSpringCampaign();
        seedFilterWeek();
        LOG.debug("seed: fission in {} ms", (System.nanoTime() - phase) / 1_000_000);
        hub.points().redeem("E3001", 20, "seed-redeem-1", ago(1, 5), "兑换：洗车券两张");
    }

    private void seedPeople() {
        person("E2001", "李娜", "13812345601", Persona.SALES.viewer("E2001"));
        person("E2002", "张伟", "13812345602", Viewer.employee("E2002", SeedCatalog.SALES).withUnit("Head office"));
        person("E2003", "刘洋", "13812345603", Viewer.employee("E2003", SeedCatalog.SALES).withUnit("West store"));
        person("E3001", "陈强", "13912345611", Persona.DEALER.viewer("E3001"));
        person("E3002", "杨帆", "13912345612", Viewer.employee("E3002", SeedCatalog.DEALER_EAST).withUnit("East store"));
        person("E4001", "黄磊", "13712345621", Viewer.employee("E4001", "dealer:south").withUnit("South store"));
        person("A0001", "赵敏", "13612345600", Viewer.admin("A0001"));
        String[][] members = {{"M1001", "王磊"}, {"M1002", "周婷"}, {"M1003", "吴昊"}, {"M1004", "郑丽"},
            {"M1005", "孙浩"}, {"M1006", "马超"}, {"M1007", "朱琳"}, {"M1008", "胡军"}, {"M1009", "林芳"},
            {"M1010", "何静"}};
        for (int i = 0; i < members.length; i++) {
            person(members[i][0], members[i][1], "1500000" + String.format("%04d", 1001 + i), Viewer.member(members[i][0]));
        }
        for (int i = 1; i <= 30; i++) {
            String id = anon(i);
            viewers.put(id, Viewer.anonymous(id));
        }
    }

    private void person(String id, String name, String phone, Viewer viewer) {
        people.add(id, name, phone);
        viewers.put(id, viewer);
    }

    static String anon(int i) {
        return String.format("anon-%016x", (i + 1) * 0x9E37_79B9_7F4A_7C15L);
    }

    private void seedEngagement(List<MaterialSpec> materials) {
        Random random = new Random(2026);
        List<EngagementEvent> events = new ArrayList<>();
        List<String> ids = viewers.keySet().stream().sorted().toList();
        int n = 0;
        for (String id : ids) {
            Viewer viewer = viewers.get(id);
            int views = 4 + random.nextInt(viewer.isAnonymous() ? 5 : 12);
            for (int v = 0; v < views; v++) {
                // brakes first: the catalog's first materials are viewed most
                int index = Math.min(materials.size() - 1, (int) Math.abs(random.nextGaussian() * 9));
                // what the viewer may not see is denied by recordAll and records nothing
                String material = materials.get(index).id();
                Instant at = ago(random.nextInt(28), random.nextInt(12));
                events.add(EngagementEvent.view("seed-e-" + n++, viewer, material).at(at));
                if (random.nextInt(5) == 0) {
                    events.add(EngagementEvent.favorite("seed-e-" + n++, viewer, material).at(at.plusSeconds(40)));
                }
                if (random.nextInt(4) == 0) {
                    events.add(EngagementEvent.download("seed-e-" + n++, viewer, material).at(at.plusSeconds(90)));
                }
            }
        }
        hub.engagement().recordAll(events);
    }

    private void seedSpringCampaign() {
        String li = share("E2001", SPRING, Channel.LINK, ago(14, 2));
        share("E2001", SPRING, Channel.WECHAT_MOMENTS, ago(13, 1));
        String chen = share("E3001", SPRING, Channel.POSTER, ago(12, 3));
        String zhang = share("E2002", SPRING, Channel.LINK, ago(10, 6));
        String liu = share("E2003", SPRING, Channel.WECHAT_FRIEND, ago(9, 4));

        visit(li, "M1002", ago(13, 0), null);
        visit(li, "M1003", ago(13, -2), null);
        visit(li, anon(1), ago(12, 8), null);
        visit(li, anon(1), ago(11, 3), null);           // a second read, no second referral
        visit(li, anon(2), ago(11, 1), null);
        visit(li, "E2001", ago(11, 0), null);           // the sharer's own click: a read only
        String zhou = share("M1002", SPRING, Channel.WECHAT_FRIEND, ago(12, 5));
        visit(zhou, "M1004", ago(11, 6), null);
        visit(zhou, anon(3), ago(10, 2), null);
        String zheng = share("M1004", SPRING, Channel.LINK, ago(10, 1));
        visit(zheng, "M1005", ago(9, 3), null);        // pays 郑丽 10, 周婷 3, 李娜 1
        String sun = share("M1005", SPRING, Channel.LINK, ago(8, 2));
        visit(sun, "M1007", ago(7, 5), null);          // four levels up is 李娜: she gets nothing, by law
        visit(li, "M1006", ago(6, 0), null);

        for (int i = 4; i <= 9; i++) {
            visit(chen, anon(i), ago(12 - i, 2 + i), null);   // poster scans enter by POSTER
        }
        visit(chen, "M1008", ago(5, 1), null);
        visit(chen, anon(4), ago(2, 0), null);

        visit(zhang, "M1009", ago(4, 3), null);
        visit(zhang, anon(16), ago(3, 2), null);
        hub.people().merge(anon(16), "M1010");          // 何静 signed up after clicking 张伟's link
        visit(zhang, anon(11), ago(1, 0), null);
        visit(zhang, anon(12), ago(0, -3), null);       // today
        visit(liu, anon(13), ago(3, 0), null);

        // 黄磊 brings seven referrals in six minutes: past five in ten minutes they are flagged
        String huang = share("E4001", SPRING, Channel.LINK, ago(2, 3));
        Instant burst = ago(2, 2);
        for (int i = 0; i < 7; i++) {
            visit(huang, anon(20 + i), burst.plus(Duration.ofMinutes(i)), null);
        }
        // two visitors on one device through 杨帆's link: the second is flagged
        String yang = share("E3002", SPRING, Channel.LINK, ago(4, 0));
        visit(yang, anon(14), ago(3, 5), "device-7f3a");
        visit(yang, anon(15), ago(3, 4), "device-7f3a");

        // marketing reviewed the last burst referral and reversed it
        hub.fission().flaggedReferrals(0, 20).items().stream()
                .filter(r -> r.sharerId().equals("E4001")).map(Referral::referralId).findFirst()
                .ifPresent(hub.fission()::reverseReferral);
    }

    private void seedFilterWeek() {
        String yang = share("E3002", FILTERS, Channel.LINK, ago(6, 2));
        visit(yang, anon(17), ago(6, 0), null);        // anonymous on members-only material: still a lead
        visit(yang, "M1001", ago(5, 6), null);
        String wang = share("M1001", FILTERS, Channel.WECHAT_MOMENTS, ago(5, 3));
        visit(wang, "M1003", ago(5, 0), null);
        visit(wang, anon(18), ago(4, 2), null);
        String chen = share("E3001", FILTERS, Channel.POSTER, ago(4, 4));
        visit(chen, anon(19), ago(4, 0), null);
        visit(chen, anon(27), ago(3, 3), null);
        visit(chen, "M1006", ago(2, 5), null);
        String li = share("E2001", FILTERS, Channel.LINK, ago(3, 1));
        visit(li, "M1009", ago(2, 2), null);
        visit(li, anon(28), ago(0, -1), null);         // today
    }

    private String share(String personId, String campaign, Channel channel, Instant at) {
        ShareOutcome outcome = hub.fission().share(ShareRequest.of(viewers.get(personId), campaign, channel)
                .withRequestId("seed-s-" + shareIds++).at(at));
        return outcome.token();
    }

    private void visit(String token, String visitorId, Instant at, String device) {
        VisitRequest request = VisitRequest.of(token, viewers.get(visitorId)).withVisitId("seed-v-" + visitIds++).at(at);
        hub.fission().visit(device == null ? request : request.fromDevice(device));
    }

    /** @return {@code days} days and {@code hours} hours before now (negative hours: later that day) */
    private Instant ago(int days, int hours) {
        Instant at = now.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours));
        return at.isAfter(now) ? now.minusSeconds(60) : at;
    }
}
