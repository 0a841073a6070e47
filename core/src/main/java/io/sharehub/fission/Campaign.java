package io.sharehub.fission;

import java.time.Instant;
import java.util.Optional;

/**
 * A campaign: an info-center article or activity people share, with a period and a reward rule.
 *
 * @param id the campaign id
 * @param title the title, shown on share pages and posters
 * @param materialId the material it spreads, or {@code null}; visitors must be allowed to list it
 * @param start the first instant of the period, or {@code null} for open
 * @param end the first instant after the period, or {@code null} for open
 * @param rule the reward rule
 * @param createdAt when it was created
 */
public record Campaign(String id, String title, String materialId, Instant start, Instant end, RewardRule rule,
        Instant createdAt) {

    /**
     * @param at an instant
     * @return whether {@code start <= at < end}, open ends included
     */
    public boolean isOpen(Instant at) {
        return (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
    }

    /** @return the material it spreads, if any */
    public Optional<String> material() {
        return Optional.ofNullable(materialId);
    }
}
