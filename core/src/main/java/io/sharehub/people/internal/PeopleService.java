package io.sharehub.people.internal;

import io.sharehub.Ids;
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
    private final byte[] erasureKey;

    /**
     * @param hub the hub's stores, clock and zone
     * @param fission moves graph positions and knows the owner rules
     * @param erasureKey the secret pseudonyms are derived with (the hub's signing secret), so that
     *     a pseudonym cannot be traced back to an id without it
     */
    public PeopleService(HubContext hub, FissionService fission, byte[] erasureKey) {
        this.hub = hub;
        this.store = hub.stores().people();
        this.fission = fission;
        this.erasureKey = erasureKey.clone();
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
            // Both are held first, in id order: visits and shares of either, running at the same
            // time, finish before the merge reads anything, or start after it committed.
            boolean anonymousFirst = Ids.ORDER.compare(anonymous, member) < 0;
            String first = store.resolveAndHold(anonymousFirst ? anonymous : member, true);
            String second = store.resolveAndHold(anonymousFirst ? member : anonymous, true);
            String from = anonymousFirst ? first : second;
            String into = anonymousFirst ? second : first;
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

    @Override
    public String erase(String personId) {
        String id = Check.id("personId", personId);
        if (People.isErased(id)) {
            throw new InvalidInputException("personId", "must not be a pseudonym of an erased person", id);
        }
        String pseudonym = pseudonym(id);
        hub.tx().write(() -> {
            boolean idFirst = Ids.ORDER.compare(id, pseudonym) < 0;
            store.resolveAndHold(idFirst ? id : pseudonym, true);
            store.resolveAndHold(idFirst ? pseudonym : id, true);
            fission.mergeGraphs(id, pseudonym, hub.now());
            hub.stores().fission().mergePerson(id, pseudonym);
            hub.stores().engagement().mergePerson(id, pseudonym);
            fission.rewards().merge(id, pseudonym);
            store.erase(id, pseudonym);
            return null;
        });
        return pseudonym;
    }

    private String pseudonym(String id) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(erasureKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(("erase:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder(People.ERASED_PREFIX);
            String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
            for (int i = 0; i < 26; i++) {
                int bit = i * 5;
                int value = ((digest[bit / 8] & 0xff) << 8 | (digest[bit / 8 + 1] & 0xff)) >> (11 - bit % 8) & 31;
                out.append(alphabet.charAt(value));
            }
            return out.toString();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
