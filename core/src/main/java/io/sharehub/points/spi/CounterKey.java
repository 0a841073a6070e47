package io.sharehub.points.spi;

import io.sharehub.Ids;
import java.util.Comparator;

/**
 * Names one leaderboard counter row.
 *
 * @param kind which counter
 * @param campaignId the campaign of a per-campaign counter, else {@code null}
 * @param day the hub-zone day (days since 1970-01-01) of a per-day counter, else 0
 * @param subject the account or unit
 */
public record CounterKey(CounterKind kind, String campaignId, long day, String subject) {
    /**
     * The fixed order in which one transaction updates counter rows, so that concurrent writers
     * never wait on each other in a cycle: by kind, then campaign (code point) or day, then subject
     * (code point).
     */
    public static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::kind)
            .thenComparing(k -> k.campaignId() == null ? "" : k.campaignId(), Ids.ORDER)
            .thenComparingLong(CounterKey::day)
            .thenComparing(CounterKey::subject, Ids.ORDER);

    /**
     * @param kind a per-campaign kind
     * @param campaignId the campaign
     * @param subject the account or unit
     * @return the key
     */
    public static CounterKey ofCampaign(CounterKind kind, String campaignId, String subject) {
        return new CounterKey(kind, campaignId, 0, subject);
    }

    /**
     * @param kind a per-day kind
     * @param day the hub-zone day
     * @param subject the account or unit
     * @return the key
     */
    public static CounterKey ofDay(CounterKind kind, long day, String subject) {
        return new CounterKey(kind, null, day, subject);
    }
}
