package io.sharehub.people.internal;

import io.sharehub.InvalidInputException;
import io.sharehub.fission.internal.FissionService;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import io.sharehub.people.People;
import io.sharehub.people.spi.PeopleStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** People over the people store, with merges across every store. */
public final class PeopleService implements People {
    private final HubContext hub;
    private final PeopleStore store;
    private final FissionService fission;

    /**
     * @param hub the hub's stores, clock and zone
     * @param fission moves graph positions and knows the owner rules
     */
    public PeopleService(HubContext hub, FissionService fission) {
        this.hub = hub;
        this.store = hub.stores().people();
        this.fission = fission;
    }

    @Override
    public Optional<String> ownerOf(String personId) {
        String id = Check.id("personId", personId);
        return hub.tx().read(() -> fission.ownerOf(store.resolve(id), hub.now()));
    }

    @Override
    public Optional<String> unitOf(String personId) {
        String id = Check.id("personId", personId);
        return hub.tx().read(() -> store.unitOf(store.resolve(id)));
    }

    @Override
    public String resolve(String personId) {
        String id = Check.id("personId", personId);
        return hub.tx().read(() -> store.resolve(id));
    }

    @Override
    public MergeOutcome merge(String anonymousId, String memberId) {
        String anonymous = Check.id("anonymousId", anonymousId);
        String member = Check.id("memberId", memberId);
        if (anonymous.equals(member)) {
            throw new InvalidInputException("memberId", "must differ from anonymousId", member);
        }
        return hub.tx().write(() -> {
            String from = store.resolve(anonymous);
            String into = store.resolve(member);
            if (from.equals(into)) {
                return new MergeOutcome(anonymous, into, false, List.of());
            }
            Instant now = hub.now();
            List<String> reversed = fission.mergeGraphs(from, into, now);
            hub.stores().fission().mergePerson(from, into);
            hub.stores().engagement().mergePerson(from, into);
            fission.rewards().merge(from, into);
            store.merge(from, into);
            return new MergeOutcome(from, into, true, reversed);
        });
    }
}
