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

    @Override
    public void rememberUnit(String personId, String unit, Instant at) {
        units.merge(personId, new UnitStatement(unit, at), (old, now) -> now.at().isBefore(old.at()) ? old : now);
    }

    @Override
    public Optional<String> unitOf(String personId) {
        UnitStatement statement = units.get(personId);
        return statement == null ? Optional.empty() : Optional.of(statement.unit());
    }
}
