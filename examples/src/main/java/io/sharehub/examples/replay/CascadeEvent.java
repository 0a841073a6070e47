package io.sharehub.examples.replay;

import java.time.Instant;

/**
 * One line of a Twitter tree file or one entry of a Weibo cascade: {@code actor} shares, after
 * visiting {@code parent}'s link when there is a parent.
 *
 * @param at when it happened
 * @param campaignOrder the campaign's place in the campaign order
 * @param line the line (Twitter) or entry (Weibo) number in its campaign, 1-based
 * @param campaignId the campaign
 * @param parent whose link the actor visited, or {@code null} for "the actor shares"
 * @param actor who visits and then shares
 */
public record CascadeEvent(Instant at, int campaignOrder, int line, String campaignId, String parent, String actor) {

    /** @return whether this is a visit followed by a share */
    public boolean isVisit() {
        return parent != null;
    }
}
