package io.sharehub.people.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What ShareHub remembers about people: only opaque ids and the latest unit (store or dealer) the
 * host stated. Names, phone numbers and avatars stay in the host. Implementations must be
 * thread-safe.
 */
public interface PeopleStore {

    /**
     * Remembers a person's unit as of an instant, unless a later statement is already known.
     *
     * @param personId the person
     * @param unit the unit the host stated
     * @param at the instant of the call that stated it
     */
    void rememberUnit(String personId, String unit, Instant at);

    /**
     * @param personId a person
     * @return the latest unit known for them
     */
    Optional<String> unitOf(String personId);

    /**
     * @param personId a person id as a host gave it
     * @return the id it was merged into (following merges to the end), or the id itself
     */
    String resolve(String personId);

    /**
     * Resolves a person as {@link #resolve} does, inside a write transaction, and holds them
     * against merges until that transaction ends: a {@link #merge} or {@link #erase} of the id given
     * or of the id it resolves to, by another transaction, waits for this one, and this call waits
     * for such a merge that started first, then answers with its outcome. Without it, a visit could
     * act on an anonymous id that a merge running at the same time is moving to the member, and
     * leave a node, visit or points behind under the old id.
     *
     * <p>The core calls it for every person a visit, share, merge or erasure acts on, for several
     * people in {@link io.sharehub.Ids#ORDER}, before it reads or writes anything of theirs. Holds
     * that are not exclusive do not wait for each other (many visits through one sharer's link);
     * an exclusive hold waits for every other hold of the person. The default only resolves, which
     * is right for stores whose write transactions run one at a time (the in-memory stores).
     *
     * @param personId a person id as a host gave it
     * @param exclusive whether the transaction writes the person's own record (a visitor's owner
     *     or unit, a merge, an erasure), so that no other transaction may hold them meanwhile
     * @return the id it resolves to
     * @since 0.1
     */
    default String resolveAndHold(String personId, boolean exclusive) {
        return resolve(personId);
    }

    /**
     * @param personId a person
     * @return their owner binding (所属人), expired or not, if any
     */
    Optional<OwnerBinding> owner(String personId);

    /**
     * Binds, or re-binds, a person's owner.
     *
     * @param personId the person
     * @param ownerId the owner
     * @param at when the binding was made
     */
    void bindOwner(String personId, String ownerId, Instant at);

    /**
     * Merges one person into another: {@code resolve(from)} gives {@code into} from now on; the
     * owner is the earlier of both bindings, cleared when it would be {@code into} itself; people
     * owned by {@code from} become owned by {@code into} (cleared for {@code into} itself);
     * {@code into} keeps its unit, or takes {@code from}'s when it has none.
     */
    void merge(String fromPersonId, String intoPersonId);

    /**
     * Erases a person: like {@link #merge}, everything becomes the pseudonym's, but no alias from
     * the erased id is kept; aliases that resolved to it are forgotten, and its unit is dropped.
     *
     * @param personId the person to erase
     * @param pseudonym the stable pseudonym that replaces the id everywhere
     */
    void erase(String personId, String pseudonym);

    /**
     * Holds people as {@link #resolveAndHold} does, one after the other in the order given.
     *
     * @param people person ids as hosts gave them, in {@link io.sharehub.Ids#ORDER}, each with
     *     whether it is held exclusively
     * @return what each id resolves to
     * @since 0.1
     */
    default Map<String, String> resolveAndHoldAll(SortedMap<String, Boolean> people) {
        Map<String, String> resolved = new HashMap<>();
        people.forEach((id, exclusive) -> resolved.put(id, resolveAndHold(id, exclusive)));
        return resolved;
    }

    /**
     * @param personIds people
     * @return the latest unit known for each of them that has one
     * @since 0.1
     */
    default Map<String, String> unitsOf(Collection<String> personIds) {
        Map<String, String> units = new HashMap<>();
        for (String person : personIds) {
            unitOf(person).ifPresent(u -> units.put(person, u));
        }
        return units;
    }

    /**
     * @param personIds people
     * @return the owner binding of each of them that has one, as {@link #owner} gives it
     * @since 0.1
     */
    default Map<String, OwnerBinding> owners(Collection<String> personIds) {
        Map<String, OwnerBinding> owners = new HashMap<>();
        for (String person : personIds) {
            owner(person).ifPresent(b -> owners.put(person, b));
        }
        return owners;
    }

    /**
     * A person's owner binding.
     *
     * @param ownerId the owner
     * @param boundAt when the binding was made
     */
    record OwnerBinding(String ownerId, Instant boundAt) {
    }
}
