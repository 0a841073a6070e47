package io.sharehub.fission;

import java.time.Instant;

/**
 * What a campaign is to be. Build one with {@link #of(String, String)} and the {@code with...}
 * methods; the hub checks it when it is created.
 *
 * @param id the id, or {@code null} to have one generated
 * @param title the title, 1 to 200 characters
 * @param materialId the material it spreads, or {@code null}
 * @param start the first instant of the period, or {@code null} for open
 * @param end the first instant after the period, or {@code null} for open
 * @param rule the reward rule; {@link RewardRule#defaults()} (10 / 3 / 1) when {@code null}
 */
public record CampaignSpec(String id, String title, String materialId, Instant start, Instant end, RewardRule rule) {
    /**
     * @param id the id, or {@code null}
     * @param title the title
     * @return an always-open campaign with the default rule and no material
     */
    public static CampaignSpec of(String id, String title) {
        return new CampaignSpec(id, title, null, null, null, RewardRule.defaults());
    }

    /** @param material the material it spreads @return this spec with that material */
    public CampaignSpec withMaterial(String material) {
        return new CampaignSpec(id, title, material, start, end, rule);
    }

    /**
     * @param newStart the first instant, or {@code null} for open
     * @param newEnd the first instant after, or {@code null} for open
     * @return this spec with that period
     */
    public CampaignSpec between(Instant newStart, Instant newEnd) {
        return new CampaignSpec(id, title, materialId, newStart, newEnd, rule);
    }

    /** @param newRule the reward rule @return this spec with that rule */
    public CampaignSpec withRule(RewardRule newRule) {
        return new CampaignSpec(id, title, materialId, start, end, newRule);
    }
}
