package io.sharehub.store.memory;

import io.sharehub.people.spi.PeopleStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** People in memory: the latest unit each person was stated to belong to. */
final class InMemoryPeopleStore implements PeopleStore {
    private record UnitStatement(String unit, Instant at) {
    }

    private final Map<String, UnitStatement> units = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, OwnerBinding> owners = new HashMap<>();

    @Override
    public void rememberUnit(String personId, String unit, Instant at) {
        units.merge(personId, new UnitStatement(unit, at), (old, now) -> now.at().isBefore(old.at()) ? old : now);
    }

    @Override
    public Optional<String> unitOf(String personId) {
        UnitStatement statement = units.get(personId);
        return statement == null ? Optional.empty() : Optional.of(statement.unit());
    }

    @Override
    public String resolve(String personId) {
        String current = personId;
        for (String next = mergedInto.get(current); next != null; next = mergedInto.get(current)) {
            current = next;
        }
        return current;
    }

    @Override
    public Optional<OwnerBinding> owner(String personId) {
        return Optional.ofNullable(owners.get(personId));
    }

    @Override
    public void bindOwner(String personId, String ownerId, Instant at) {
        owners.put(personId, new OwnerBinding(ownerId, at));
    }

    @Override
    public void merge(String from, String into) {
        mergedInto.put(from, into);
        OwnerBinding theirs = owners.remove(from);
        OwnerBinding mine = owners.remove(into);
        OwnerBinding kept = mine == null ? theirs
                : theirs == null || !theirs.boundAt().isBefore(mine.boundAt()) ? mine : theirs;
        owners.replaceAll((person, b) -> b.ownerId().equals(from) ? new OwnerBinding(into, b.boundAt()) : b);
        if (kept != null) {
            String owner = kept.ownerId().equals(from) ? into : kept.ownerId();
            if (!owner.equals(into)) {
                owners.put(into, new OwnerBinding(owner, kept.boundAt()));
            }
        }
        UnitStatement unit = units.remove(from);
        if (unit != null) {
            units.putIfAbsent(into, unit);
        }
    }

    @Override
    public void erase(String personId, String pseudonym) {
        merge(personId, pseudonym);
        mergedInto.remove(personId);
        mergedInto.values().removeIf(target -> target.equals(personId) || target.equals(pseudonym));
        units.remove(pseudonym);
    }
}
