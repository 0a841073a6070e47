package io.sharehub.points.spi;

/**
 * The four leaderboard counters kept as awards are written. In this order the core touches them
 * within one transaction.
 */
public enum CounterKind {
    /** Per (campaign, account). */
    CAMPAIGN_ACCOUNT,
    /** Per (hub-zone day, account). */
    DAY_ACCOUNT,
    /** Per (campaign, unit). */
    CAMPAIGN_UNIT,
    /** Per (hub-zone day, unit). */
    DAY_UNIT;

    /** @return whether this counter is kept per campaign (else per day) */
    public boolean perCampaign() {
        return this == CAMPAIGN_ACCOUNT || this == CAMPAIGN_UNIT;
    }

    /** @return whether this counter is kept per unit (else per account) */
    public boolean perUnit() {
        return this == CAMPAIGN_UNIT || this == DAY_UNIT;
    }
}
