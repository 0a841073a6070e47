package io.sharehub.fission;

import java.time.Instant;

/**
 * A visitor a promoter's links brought.
 *
 * @param visitorId the visitor
 * @param firstVisitAt their first visit through this promoter's links
 * @param visits their visits through this promoter's links
 * @param referral whether they became this promoter's referral in the campaign
 * @param entryChannel how they entered the graph when they are this promoter's referral, else
 *     {@code null}
 * @param ownerId their owner (所属人) across the hub now, or {@code null}
 */
public record PromoterVisitor(String visitorId, Instant firstVisitAt, long visits, boolean referral,
        EntryChannel entryChannel, String ownerId) {
}
