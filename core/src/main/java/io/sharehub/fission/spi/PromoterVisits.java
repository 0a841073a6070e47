package io.sharehub.fission.spi;

import java.time.Instant;

/**
 * Visits of one visitor through one promoter's links in a campaign, to add to the promoter's
 * visitor list ({@link FissionStore#addPromoterVisits}).
 *
 * @param campaignId the campaign
 * @param promoterId the promoter
 * @param visitorId the visitor
 * @param firstAt the instant of the first of these visits: the visitor's first visit when they are new to the list
 * @param visits how many visits, 1 or more
 * @since 0.1
 */
public record PromoterVisits(String campaignId, String promoterId, String visitorId, Instant firstAt,
        long visits) {
}
