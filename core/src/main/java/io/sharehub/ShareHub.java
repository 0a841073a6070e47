package io.sharehub;

import io.sharehub.access.Access;
import io.sharehub.access.internal.AccessService;
import io.sharehub.catalog.Catalog;
import io.sharehub.catalog.internal.CatalogService;
import io.sharehub.engagement.Engagement;
import io.sharehub.engagement.internal.EngagementService;
import io.sharehub.heat.Heat;
import io.sharehub.heat.HeatConfig;
import io.sharehub.heat.internal.HeatMath;
import io.sharehub.heat.internal.HeatService;
import io.sharehub.fission.Fission;
import io.sharehub.fission.FissionConfig;
import io.sharehub.fission.FissionListener;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.internal.FissionService;
import io.sharehub.fission.internal.PointsRewards;
import io.sharehub.fission.internal.ShareTokens;
import io.sharehub.internal.HubContext;
import io.sharehub.people.People;
import io.sharehub.people.ProfileDirectory;
import io.sharehub.poster.PosterRenderer;
import io.sharehub.report.Reports;
import io.sharehub.report.internal.ReportService;
import io.sharehub.people.internal.PeopleService;
import io.sharehub.points.LeaderboardCacheConfig;
import io.sharehub.points.Leaderboards;
import io.sharehub.points.Points;
import io.sharehub.points.internal.LeaderboardService;
import io.sharehub.points.internal.PointsService;
import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ShareHub: the rules, the counting and the records of a material center and its fission
 * campaigns, over one set of stores.
 *
 * <pre>{@code
 * ShareHub hub = ShareHub.builder()
 *         .stores(stores)               // in memory when left out
 *         .clock(Clock.systemUTC())     // decides "now"
 *         .zone(ZoneId.of("Asia/Shanghai"))
 *         .build();
 * hub.catalog().search(Viewer.anonymous("openid-1"), SearchRequest.of("刹车片"));
 * }</pre>
 *
 * <p>Everything comes through the builder: ShareHub reads no system property and no global
 * configuration, ships no logging binding and starts no thread. A hub and every API it hands out
 * are thread-safe; build one per store set and share it.
 */
public final class ShareHub {
    private static final Logger LOG = LoggerFactory.getLogger(ShareHub.class);

    /** The zone a hub uses when none is given. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final HubContext context;
    private final Catalog catalog;
    private final Access access;
    private final EngagementService engagement;
    private final HeatService heat;
    private final LeaderboardService leaderboards;
    private final Points points;
    private final FissionService fission;
    private final People people;
    private final Reports reports;

    private ShareHub(Builder builder) {
        Stores stores = builder.stores;
        if (stores == null) {
            stores = InMemoryStores.create();
            LOG.info("ShareHub: no stores given, using in-memory stores; everything recorded is lost when the JVM"
                    + " stops. Pass .stores(...) to keep it.");
        }
        this.context = new HubContext(stores, builder.clock, builder.zone);
        this.catalog = new CatalogService(context);
        this.access = new AccessService(context);
        HeatMath heatMath = new HeatMath(builder.heat);
        this.engagement = new EngagementService(context, heatMath);
        this.heat = new HeatService(context, heatMath);
        this.leaderboards = new LeaderboardService(context, builder.leaderboardCache);
        PointsService pointsService = new PointsService(context, leaderboards::boardsChanged);
        this.points = pointsService;
        TokenKeys keys = builder.tokenKeys;
        if (keys == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            keys = TokenKeys.single(0, secret);
            LOG.warn("ShareHub: no token keys given, signing share tokens with a random key; links and posters"
                    + " stop working when this hub is rebuilt. Pass .tokenKeys(...) with the host's secret.");
        }
        this.fission = new FissionService(context, engagement, heat,
                new PointsRewards(pointsService, stores.ledger()), new ShareTokens(keys), builder.fission,
                builder.listeners, builder.posterRenderer, builder.shareUrl);
        this.people = new PeopleService(context, fission, keys.secret(keys.signingKeyId()));
        this.reports = new ReportService(this, builder.profiles);
    }

    /** @return a builder with in-memory stores, the system clock and zone Asia/Shanghai */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the catalog: categories, materials and search */
    public Catalog catalog() {
        return catalog;
    }

    /** @return access decisions and their explanations */
    public Access access() {
        return access;
    }

    /** @return engagement tracking: events, statistics, the most-popular list, histories */
    public Engagement engagement() {
        return engagement;
    }

    /** @return heat scores of people and materials */
    public Heat heat() {
        return heat;
    }

    /** @return the points ledger: referral credits, adjustments, redemptions, reversals, debt */
    public Points points() {
        return points;
    }

    /** @return the leaderboards: per campaign, over any range, per unit, and "my rank" */
    public Leaderboards leaderboards() {
        return leaderboards;
    }

    /** @return fission tracking: campaigns, shares, visits, the share graph and rewards */
    public Fission fission() {
        return fission;
    }

    /** @return people: owners, units and identity merges */
    public People people() {
        return people;
    }

    /** @return every administrator's list as an exportable report */
    public Reports reports() {
        return reports;
    }

    /** @return the clock that decides "now" */
    public Clock clock() {
        return context.clock();
    }

    /** @return the zone that decides days, weeks and months */
    public ZoneId zone() {
        return context.zone();
    }

    /** @return the stores this hub works on */
    public Stores stores() {
        return context.stores();
    }

    /** Builds a {@link ShareHub}. Not thread-safe; build on one thread. */
    public static final class Builder {
        private Stores stores;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = DEFAULT_ZONE;
        private HeatConfig heat = HeatConfig.ofDefaults();
        private LeaderboardCacheConfig leaderboardCache;
        private TokenKeys tokenKeys;
        private FissionConfig fission = FissionConfig.ofDefaults();
        private final List<FissionListener> listeners = new ArrayList<>();
        private ProfileDirectory profiles = ProfileDirectory.NONE;
        private PosterRenderer posterRenderer;
        private Function<String, String> shareUrl;

        private Builder() {
        }

        /**
         * @param stores where everything is kept; in memory when left out
         * @return this builder
         */
        public Builder stores(Stores stores) {
            this.stores = Objects.requireNonNull(stores, "stores");
            return this;
        }

        /**
         * @param clock decides "now": whether a campaign is open, what "today" is, how old an
         *     event is; {@link Clock#systemUTC()} by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param zone decides where days, weeks (Monday start) and months begin; Asia/Shanghai by
         *     default, whatever the JVM's zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * @param config the heat weights and half-life; {@link HeatConfig#ofDefaults()} by default
         * @return this builder
         */
        public Builder heat(HeatConfig config) {
            this.heat = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * @param config turns on the leaderboard snapshot cache for heavy read traffic; off by
         *     default. See {@link LeaderboardCacheConfig} for what it keeps and when it refreshes.
         * @return this builder
         */
        public Builder leaderboardCache(LeaderboardCacheConfig config) {
            this.leaderboardCache = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * @param keys the host's secrets that sign share tokens (the newest signs, all verify); a
         *     random key when left out, which breaks every link when the hub is rebuilt
         * @return this builder
         */
        public Builder tokenKeys(TokenKeys keys) {
            this.tokenKeys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /**
         * @param config the daily cap, owner binding and fraud rules; {@link
         *     FissionConfig#ofDefaults()} by default
         * @return this builder
         */
        public Builder fission(FissionConfig config) {
            this.fission = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * @param listener hears referrals, payouts, completed tasks and flags after commit; may be
         *     called several times to add several listeners
         * @return this builder
         */
        public Builder listener(FissionListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @param directory the host's directory of people, for the person columns of reports;
         *     {@link ProfileDirectory#NONE} (ids only) by default
         * @return this builder
         */
        public Builder profiles(ProfileDirectory directory) {
            this.profiles = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * @param renderer draws share posters, for {@link Fission#poster}; none by default (add
         *     {@code sharehub-poster-zxing})
         * @return this builder
         */
        public Builder posterRenderer(PosterRenderer renderer) {
            this.posterRenderer = Objects.requireNonNull(renderer, "renderer");
            return this;
        }

        /**
         * @param url the host's share link of a token, such as
         *     {@code token -> "https://m.example.com/s/" + token}; posters put it in their QR code
         * @return this builder
         */
        public Builder shareUrl(Function<String, String> url) {
            this.shareUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** @return the hub */
        public ShareHub build() {
            return new ShareHub(this);
        }
    }
}
