package io.sharehub.examples.spring;

import io.sharehub.fission.FissionConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ShareHub's settings in {@code application.yml}, under {@code sharehub}. Every one has a default;
 * {@code sharehub.token-keys} should be set (from a secret store) so that share links keep working
 * across restarts.
 *
 * <pre>{@code
 * sharehub:
 *   zone: Asia/Shanghai
 *   token-keys:
 *     1: ${SHAREHUB_TOKEN_KEY}        # 32 bytes or more
 *   share-url: /s/{token}             # relative: resolved against the current request
 *   jpa:
 *     create-schema: true
 *   fission:
 *     daily-cap: 200
 *     referral-burst: 5
 *     burst-window: 10m
 * }</pre>
 */
@ConfigurationProperties(prefix = "sharehub")
public class ShareHubProperties {
    /** The zone where days, weeks and months begin. */
    private String zone = "Asia/Shanghai";
    /** Token signing keys by key id, each at least 32 bytes of UTF-8; the highest id signs. */
    private Map<Integer, String> tokenKeys = new LinkedHashMap<>();
    /**
     * The share link of a token, with {@code {token}} in it. A relative link (starting with
     * {@code /}) is resolved against the request being served.
     */
    private String shareUrl = "/s/{token}";
    private final Jpa jpa = new Jpa();
    private final Fission fission = new Fission();
    private final Heat heat = new Heat();
    private final LeaderboardCache leaderboardCache = new LeaderboardCache();
    private final Export export = new Export();

    /** @return the zone id */
    public String getZone() {
        return zone;
    }

    /** @param zone the zone id */
    public void setZone(String zone) {
        this.zone = zone;
    }

    /** @return the token keys by id */
    public Map<Integer, String> getTokenKeys() {
        return tokenKeys;
    }

    /** @param tokenKeys the token keys by id */
    public void setTokenKeys(Map<Integer, String> tokenKeys) {
        this.tokenKeys = tokenKeys;
    }

    /** @return the share link template */
    public String getShareUrl() {
        return shareUrl;
    }

    /** @param shareUrl the share link template, with {@code {token}} */
    public void setShareUrl(String shareUrl) {
        this.shareUrl = shareUrl;
    }

    /** @return the JPA settings */
    public Jpa getJpa() {
        return jpa;
    }

    /** @return the fission settings */
    public Fission getFission() {
        return fission;
    }

    /** @return the heat settings */
    public Heat getHeat() {
        return heat;
    }

    /** @return the leaderboard cache settings */
    public LeaderboardCache getLeaderboardCache() {
        return leaderboardCache;
    }

    /** @return the export settings */
    public Export getExport() {
        return export;
    }

    /** {@code sharehub.jpa.*}: the JPA stores. */
    public static class Jpa {
        /** Whether the JPA stores are made from the application's EntityManagerFactory. */
        private boolean enabled = true;
        /** Create ShareHub's tables from the bundled scripts when the database has none of them. */
        private boolean createSchema;
        /** Whether to check the schema at start-up. */
        private boolean checkSchema = true;
        /** Attempts of an operation ShareHub runs in its own transaction. */
        private int maxAttempts = 10;

        /** @return whether the JPA stores are made */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the JPA stores are made */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return whether missing tables are created */
        public boolean isCreateSchema() {
            return createSchema;
        }

        /** @param createSchema whether missing tables are created */
        public void setCreateSchema(boolean createSchema) {
            this.createSchema = createSchema;
        }

        /** @return whether the schema is checked */
        public boolean isCheckSchema() {
            return checkSchema;
        }

        /** @param checkSchema whether the schema is checked */
        public void setCheckSchema(boolean checkSchema) {
            this.checkSchema = checkSchema;
        }

        /** @return the attempts */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts the attempts, 1 or more */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }

    /** {@code sharehub.fission.*}: caps, owners and fraud rules. */
    public static class Fission {
        /** Referral points one account may earn per day, all levels and campaigns; none when unset. */
        private Long dailyCap;
        /** How owners (所属人) bind. */
        private FissionConfig.OwnerMode ownerMode = FissionConfig.OwnerMode.FIRST_TOUCH;
        /** After how long an owner is no longer shown; never when unset. */
        private Duration ownerExpiry;
        /** Flag a sharer's referrals past this many within the burst window; 0 turns it off. */
        private int referralBurst;
        /** The window of the burst rule. */
        private Duration burstWindow = Duration.ofMinutes(10);
        /** Flag referrals of visitors the host marks as one device with another. */
        private boolean sameDevice;

        /** @return the daily cap, or null */
        public Long getDailyCap() {
            return dailyCap;
        }

        /** @param dailyCap the daily cap, or null */
        public void setDailyCap(Long dailyCap) {
            this.dailyCap = dailyCap;
        }

        /** @return the owner mode */
        public FissionConfig.OwnerMode getOwnerMode() {
            return ownerMode;
        }

        /** @param ownerMode the owner mode */
        public void setOwnerMode(FissionConfig.OwnerMode ownerMode) {
            this.ownerMode = ownerMode;
        }

        /** @return the owner expiry, or null */
        public Duration getOwnerExpiry() {
            return ownerExpiry;
        }

        /** @param ownerExpiry the owner expiry, or null */
        public void setOwnerExpiry(Duration ownerExpiry) {
            this.ownerExpiry = ownerExpiry;
        }

        /** @return the burst limit, 0 for off */
        public int getReferralBurst() {
            return referralBurst;
        }

        /** @param referralBurst the burst limit, 0 for off */
        public void setReferralBurst(int referralBurst) {
            this.referralBurst = referralBurst;
        }

        /** @return the burst window */
        public Duration getBurstWindow() {
            return burstWindow;
        }

        /** @param burstWindow the burst window */
        public void setBurstWindow(Duration burstWindow) {
            this.burstWindow = burstWindow;
        }

        /** @return whether the same-device rule is on */
        public boolean isSameDevice() {
            return sameDevice;
        }

        /** @param sameDevice whether the same-device rule is on */
        public void setSameDevice(boolean sameDevice) {
            this.sameDevice = sameDevice;
        }

        FissionConfig toConfig() {
            FissionConfig config = FissionConfig.ofDefaults().withDailyCap(dailyCap).withOwnerMode(ownerMode)
                    .withOwnerExpiry(ownerExpiry).withSameDeviceRule(sameDevice);
            return referralBurst > 0 ? config.withReferralBurst(referralBurst, burstWindow) : config;
        }
    }

    /** {@code sharehub.heat.*}: heat scores. */
    public static class Heat {
        /** The half-life of an event's heat; none (plain sums) when unset. */
        private Duration halfLife;

        /** @return the half-life, or null */
        public Duration getHalfLife() {
            return halfLife;
        }

        /** @param halfLife the half-life, or null */
        public void setHalfLife(Duration halfLife) {
            this.halfLife = halfLife;
        }
    }

    /** {@code sharehub.leaderboard-cache.*}: the optional cache of leaderboard snapshots. */
    public static class LeaderboardCache {
        /** Whether leaderboards are cached. */
        private boolean enabled;
        /** How stale a snapshot may be. */
        private Duration staleness = Duration.ofSeconds(5);
        /** Rows kept per board. */
        private int depth = 1_000;

        /** @return whether the cache is on */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the cache is on */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the staleness */
        public Duration getStaleness() {
            return staleness;
        }

        /** @param staleness the staleness */
        public void setStaleness(Duration staleness) {
            this.staleness = staleness;
        }

        /** @return the rows kept per board */
        public int getDepth() {
            return depth;
        }

        /** @param depth the rows kept per board */
        public void setDepth(int depth) {
            this.depth = depth;
        }
    }

    /** {@code sharehub.export.*}: report writers. */
    public static class Export {
        /** Where XLSX exports keep their temporary files; the JVM's temp folder when unset. */
        private Path tempFolder;

        /** @return the temp folder, or null */
        public Path getTempFolder() {
            return tempFolder;
        }

        /** @param tempFolder the temp folder, or null */
        public void setTempFolder(Path tempFolder) {
            this.tempFolder = tempFolder;
        }
    }
}
