package io.sharehub.people.spi;

import java.time.Instant;
import java.util.Optional;

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
     * A person's owner binding.
     *
     * @param ownerId the owner
     * @param boundAt when the binding was made
     */
    record OwnerBinding(String ownerId, Instant boundAt) {
    }
}
