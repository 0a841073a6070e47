package io.sharehub.engagement;

import io.sharehub.access.Action;

/** What a person did with a material. */
public enum EventType {
    /** Opened it; needs {@link Action#VIEW}. */
    VIEW(Action.VIEW),
    /** Fetched its file; needs {@link Action#DOWNLOAD}. */
    DOWNLOAD(Action.DOWNLOAD),
    /** Added it to their favourites (an idempotent set); needs {@link Action#VIEW}. */
    FAVORITE(Action.VIEW),
    /**
     * Removed it from their favourites (an idempotent unset). Allowed while the person may list
     * the material or still favourites it, so nobody is stuck with a favourite that was archived.
     */
    UNFAVORITE(Action.LIST),
    /** Shared it; needs {@link Action#SHARE}. */
    SHARE(Action.SHARE);

    private final Action action;

    EventType(Action action) {
        this.action = action;
    }

    /** @return the action access must allow for this event */
    public Action action() {
        return action;
    }
}
