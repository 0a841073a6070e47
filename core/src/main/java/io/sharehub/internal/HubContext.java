package io.sharehub.internal;

import io.sharehub.store.Stores;
import io.sharehub.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What every service of one hub shares: its stores, clock and zone.
 *
 * @param stores the store set
 * @param clock the hub's clock, which decides "now"
 * @param zone the hub's zone, which decides days, weeks and months
 */
public record HubContext(Stores stores, Clock clock, ZoneId zone) {
    /** @return the stores' transactions */
    public Transactions tx() {
        return stores.transactions();
    }

    /** @return the hub's current instant */
    public Instant now() {
        return clock.instant();
    }

    /**
     * The instant of a recording: the one given, or the clock's when none is given; never more
     * than five minutes after the clock.
     */
    public Instant instantOf(String field, Instant given) {
        Instant now = clock.instant();
        return given == null ? now : Check.notInFuture(field, given, now);
    }
}
