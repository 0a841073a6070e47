package io.sharehub.heat.internal;

import io.sharehub.Page;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.engagement.spi.HeatSubject;
import io.sharehub.heat.Heat;
import io.sharehub.heat.HeatRow;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import java.time.Instant;

/** Heat scores over the engagement store's accumulators. */
public final class HeatService implements Heat {
    private final HubContext hub;
    private final EngagementStore store;
    private final HeatMath math;

    /**
     * @param hub the hub's stores, clock and zone
     * @param math the hub's heat config as accumulator arithmetic
     */
    public HeatService(HubContext hub, HeatMath math) {
        this.hub = hub;
        this.store = hub.stores().engagement();
        this.math = math;
    }

    @Override
    public double ofPerson(String personId) {
        return ofPerson(personId, hub.now());
    }

    @Override
    public double ofPerson(String personId, Instant at) {
        String id = Check.id("personId", personId);
        Check.given("at", at);
        return hub.tx().read(() -> store.heat(HeatSubject.PERSON, id, math.formula(), at));
    }

    @Override
    public double ofMaterial(String materialId) {
        return ofMaterial(materialId, hub.now());
    }

    @Override
    public double ofMaterial(String materialId, Instant at) {
        String id = Check.id("materialId", materialId);
        Check.given("at", at);
        return hub.tx().read(() -> store.heat(HeatSubject.MATERIAL, id, math.formula(), at));
    }

    @Override
    public Page<HeatRow> people(int page, int size) {
        return people(hub.now(), page, size);
    }

    @Override
    public Page<HeatRow> people(Instant at, int page, int size) {
        Check.given("at", at);
        Page.check(page, size);
        return hub.tx().read(() -> store.heatRanking(HeatSubject.PERSON, math.formula(), at, page, size));
    }

    @Override
    public Page<HeatRow> materials(int page, int size) {
        Page.check(page, size);
        Instant at = hub.now();
        return hub.tx().read(() -> store.heatRanking(HeatSubject.MATERIAL, math.formula(), at, page, size));
    }

    /**
     * Adds a new referral's weight to the sharer's heat; a negative count takes it back after a
     * reversal. Runs inside the caller's transaction.
     *
     * @param personId the sharer
     * @param at the referral's instant
     * @param count +1 for a new referral, −1 for a reversed one
     */
    public void addReferral(String personId, Instant at, int count) {
        double weight = math.config().referral();
        if (weight > 0) {
            store.addHeat(HeatSubject.PERSON, personId, math.bucket(at), count * math.value(weight, at));
        }
    }
}
