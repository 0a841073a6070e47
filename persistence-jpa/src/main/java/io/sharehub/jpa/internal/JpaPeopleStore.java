package io.sharehub.jpa.internal;

import io.sharehub.Ids;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.jpa.internal.entity.PeoplePersonEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * People on Jakarta Persistence: one row per person in {@code sh_person}, read through
 * {@link PeoplePersonEntity} and written with atomic native upserts. Units the host states with
 * every event, and owner bindings, are held back until the end of the operation (or the next read
 * of them) and then written, latest statement or binding per person, in statements sorted by id
 * ({@link WriteBehind}). A merge changes the rows of the
 * two people only: {@link #resolve} follows chains of merges (one read a step), and owners are
 * resolved when read. Ids resolved once in a unit of work are remembered until it ends or a
 * merge or erasure in it.
 */
public final class JpaPeopleStore implements PeopleStore, WriteBehind {
    /** The entities this store maps. */
    public static final List<Class<?>> ENTITIES = List.of(PeoplePersonEntity.class);

    private static final int ROWS_PER_UPSERT = 100;
    /** Merges are followed at most this far, in case rows written by hand form a loop. */
    private static final int MAX_CHAIN = 100;

    private final JpaContext context;
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();
    /** Ids resolved in the current unit of work; forgotten by a merge and after the unit of work. */
    private final ThreadLocal<Resolved> resolved = new ThreadLocal<>();

    /** Ids resolved with one entity manager: a unit of work ended without {@link #discard()} never shares them. */
    private record Resolved(EntityManager em, Map<String, String> ids) {
    }

    private record Unit(String unit, Instant at) {
    }

    private record Owner(String ownerId, Instant at) {
    }

    private static final class Pending {
        final EntityManager em;
        final TreeMap<String, Unit> units = new TreeMap<>(Ids.ORDER);
        final TreeMap<String, Owner> owners = new TreeMap<>(Ids.ORDER);

        Pending(EntityManager em) {
            this.em = em;
        }
    }

    /**
     * @param context the current transaction's entity manager and the SQL family
     */
    public JpaPeopleStore(JpaContext context) {
        this.context = context;
    }

    @Override
    public void rememberUnit(String personId, String unit, Instant at) {
        pending().units.merge(personId, new Unit(unit, at), (old, now) -> now.at().isBefore(old.at()) ? old : now);
    }

    private Pending pending() {
        EntityManager em = context.em();
        Pending p = pending.get();
        if (p == null || p.em != em) {
            p = new Pending(em);
            pending.set(p);
        }
        return p;
    }

    @Override
    public void flush() {
        Pending p = pending.get();
        if (p == null || p.units.isEmpty() && p.owners.isEmpty()) {
            return;
        }
        EntityManager em = context.em();
        if (p.em != em) {
            pending.remove();
            return;
        }
        if (!p.owners.isEmpty()) {
            List<List<?>> bindings = new ArrayList<>();
            p.owners.forEach((person, o) -> bindings.add(List.of(person, o.ownerId(), Values.decimal(o.at()))));
            p.owners.clear();
            for (List<List<?>> chunk : Values.chunks(bindings, ROWS_PER_UPSERT)) {
                DialectSql.upsert(context.dialect(), "sh_person", List.of("id"), List.of("id", "owner_id",
                        "owner_bound_at"), chunk, List.of("owner_id = NEW.owner_id",
                        "owner_bound_at = NEW.owner_bound_at")).update(em);
            }
        }
        if (p.units.isEmpty()) {
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        p.units.forEach((person, unit) -> rows.add(List.of(person, unit.unit(), Values.decimal(unit.at()))));
        p.units.clear();
        // The later statement wins; on a tie the newer call, as in the in-memory store. The unit is
        // assigned before unit_at: MySQL/MariaDB see earlier assignments in later ones.
        String later = "(OLD.unit_at IS NULL OR NEW.unit_at >= OLD.unit_at)";
        for (List<List<?>> chunk : Values.chunks(rows, ROWS_PER_UPSERT)) {
            DialectSql.upsert(context.dialect(), "sh_person", List.of("id"), List.of("id", "unit", "unit_at"), chunk,
                    List.of("unit = CASE WHEN " + later + " THEN NEW.unit ELSE OLD.unit END",
                            "unit_at = CASE WHEN " + later + " THEN NEW.unit_at ELSE OLD.unit_at END")).update(em);
        }
    }

    @Override
    public void discard() {
        pending.remove();
        resolved.remove();
    }

    @Override
    public Optional<String> unitOf(String personId) {
        flush();
        List<String> units = context.em().createQuery("SELECT p.unit FROM ShareHubPerson p WHERE p.id = :id",
                String.class).setParameter("id", personId).getResultList();
        return units.isEmpty() ? Optional.empty() : Optional.ofNullable(units.get(0));
    }

    @Override
    public String resolve(String personId) {
        Map<String, String> known = resolved();
        String id = known.get(personId);
        if (id == null) {
            id = resolveRow(personId);
            known.put(personId, id);
        }
        return id;
    }

    private Map<String, String> resolved() {
        EntityManager em = context.em();
        Resolved r = resolved.get();
        if (r == null || r.em() != em) {
            r = new Resolved(em, new HashMap<>());
            resolved.set(r);
        }
        return r.ids();
    }

    private String resolveRow(String personId) {
        EntityManager em = context.em();
        String current = personId;
        for (int step = 0; step < MAX_CHAIN; step++) {
            List<String> next = em.createQuery("SELECT p.mergedInto FROM ShareHubPerson p WHERE p.id = :id",
                    String.class).setParameter("id", current).getResultList();
            if (next.isEmpty() || next.get(0) == null) {
                return current;
            }
            current = next.get(0);
        }
        throw new IllegalStateException("sh_person's merged_into column forms a loop through \"" + personId + "\"");
    }

    /**
     * Locks the person's row, following merges and locking each row on the way: {@code FOR UPDATE}
     * when exclusive, else a shared lock ({@code FOR SHARE} on PostgreSQL, {@code LOCK IN SHARE
     * MODE} on MariaDB; H2 has only {@code FOR UPDATE}). A person without a row gets one, so that
     * there is a row to lock; a merge locks both rows {@code FOR UPDATE}, so it waits for every
     * holder and they wait for it. A locking read sees the latest committed row, so a merge that
     * committed while this call waited is followed.
     */
    @Override
    public String resolveAndHold(String personId, boolean exclusive) {
        EntityManager em = context.em();
        String lock = switch (context.dialect()) {
            case POSTGRESQL -> exclusive ? " FOR UPDATE" : " FOR SHARE";
            case MARIADB -> exclusive ? " FOR UPDATE" : " LOCK IN SHARE MODE";
            case H2 -> " FOR UPDATE";
        };
        String current = personId;
        for (int step = 0; step < MAX_CHAIN; step++) {
            List<Object[]> rows = Sql.of("SELECT id, merged_into FROM sh_person WHERE id = ").param(current)
                    .append(lock).rows(em);
            if (rows.isEmpty()) {
                DialectSql.insertIfAbsent(context.dialect(), "sh_person", List.of("id"), List.of("id"),
                        List.of(current)).update(em);
                rows = Sql.of("SELECT id, merged_into FROM sh_person WHERE id = ").param(current).append(lock).rows(em);
            }
            if (rows.isEmpty()) {
                // erased by a transaction that committed between the insert and the read: no alias
                return current;
            }
            if (rows.get(0)[1] == null) {
                return current;
            }
            current = Values.text(rows.get(0)[1]);
        }
        throw new IllegalStateException("sh_person's merged_into column forms a loop through \"" + personId + "\"");
    }

    @Override
    public Optional<OwnerBinding> owner(String personId) {
        flush();
        List<Object[]> rows = context.em().createQuery(
                "SELECT p.ownerId, p.ownerBoundAt FROM ShareHubPerson p WHERE p.id = :id", Object[].class)
                .setParameter("id", personId).getResultList();
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return Optional.empty();
        }
        // a merge leaves the bindings of the people the merged id owned as they are (see merge)
        return Optional.of(new OwnerBinding(resolve(Values.text(rows.get(0)[0])), Values.instant(rows.get(0)[1])));
    }

    /** Held back until the end of the operation, or the next read of owners; the last binding wins. */
    @Override
    public void bindOwner(String personId, String ownerId, Instant at) {
        pending().owners.put(personId, new Owner(ownerId, at));
    }

    // ---------------------------------------------------------------- batches

    /**
     * Reads the rows of every person in one statement, inserts the missing ones in one more, then
     * locks them in id order with one statement per run of people held the same way; a merged id
     * is followed as {@link #resolveAndHold} follows it.
     */
    @Override
    public Map<String, String> resolveAndHoldAll(java.util.SortedMap<String, Boolean> people) {
        EntityManager em = context.em();
        List<String> ids = new ArrayList<>(people.keySet());
        java.util.Set<String> present = new java.util.HashSet<>();
        for (List<String> chunk : Values.chunks(ids)) {
            for (Object id : Sql.of("SELECT id FROM sh_person WHERE id IN (").params(chunk).append(")").column(em)) {
                present.add(Values.text(id));
            }
        }
        List<List<?>> missing = new ArrayList<>();
        for (String id : ids) {
            if (!present.contains(id)) {
                missing.add(List.of(id));
            }
        }
        for (List<List<?>> chunk : Values.chunks(missing, ROWS_PER_UPSERT)) {
            DialectSql.insertAllIfAbsent(context.dialect(), "sh_person", List.of("id"), List.of("id"), chunk)
                    .update(em);
        }
        Map<String, String> resolved = new HashMap<>();
        int from = 0;
        while (from < ids.size()) {
            boolean exclusive = people.get(ids.get(from));
            int to = from + 1;
            while (to < ids.size() && to - from < Values.CHUNK && people.get(ids.get(to)) == exclusive) {
                to++;
            }
            List<String> run = ids.subList(from, to);
            Map<String, String> mergedInto = new HashMap<>();
            for (Object[] row : Sql.of("SELECT id, merged_into FROM sh_person WHERE id IN (").params(run)
                    .append(") ORDER BY " + DialectSql.idOrder(context.dialect(), "id") + lock(exclusive)).rows(em)) {
                mergedInto.put(Values.text(row[0]), row[1] == null ? null : Values.text(row[1]));
            }
            for (String id : run) {
                String next = mergedInto.get(id);
                // no row: erased by a transaction that committed in between, no alias; else follow merges
                resolved.put(id, next == null ? id : resolveAndHold(next, exclusive));
            }
            from = to;
        }
        return resolved;
    }

    private String lock(boolean exclusive) {
        return switch (context.dialect()) {
            case POSTGRESQL -> exclusive ? " FOR UPDATE" : " FOR SHARE";
            case MARIADB -> exclusive ? " FOR UPDATE" : " LOCK IN SHARE MODE";
            case H2 -> " FOR UPDATE";
        };
    }

    @Override
    public Map<String, String> unitsOf(java.util.Collection<String> personIds) {
        flush();
        Map<String, String> units = new HashMap<>();
        for (List<String> chunk : Values.chunks(personIds)) {
            for (Object[] row : context.em().createQuery("SELECT p.id, p.unit FROM ShareHubPerson p WHERE p.id IN :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                if (row[1] != null) {
                    units.put(Values.text(row[0]), Values.text(row[1]));
                }
            }
        }
        return units;
    }

    @Override
    public Map<String, OwnerBinding> owners(java.util.Collection<String> personIds) {
        flush();
        Map<String, OwnerBinding> owners = new HashMap<>();
        for (List<String> chunk : Values.chunks(personIds)) {
            for (Object[] row : context.em().createQuery(
                    "SELECT p.id, p.ownerId, p.ownerBoundAt FROM ShareHubPerson p WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                if (row[1] != null) {
                    owners.put(Values.text(row[0]), new OwnerBinding(resolve(Values.text(row[1])),
                            Values.instant(row[2])));
                }
            }
        }
        return owners;
    }

    /**
     * Changes only the rows of both people, which the core holds ({@link #resolveAndHold}): the
     * people that {@code from} owned, and the ids merged into {@code from} before, keep pointing to
     * it, and {@link #owner} and {@link #resolve} follow the merge when they read them. Rewriting
     * their rows here would lock rows that visits running at the same time hold while they wait
     * for this merge: a deadlock on every such pair.
     */
    @Override
    public void merge(String fromPersonId, String intoPersonId) {
        flush();
        resolved.remove();
        EntityManager em = context.em();
        String from = fromPersonId;
        String into = intoPersonId;
        // Both rows exist and are locked, in id order, before anything is read or changed.
        List<String> pair = new ArrayList<>(List.of(from, into));
        pair.sort(Ids.ORDER);
        for (String id : pair) {
            DialectSql.insertIfAbsent(context.dialect(), "sh_person", List.of("id"), List.of("id"), List.of(id))
                    .update(em);
        }
        Object[] theirs = null;
        Object[] mine = null;
        for (Object[] row : Sql.of("SELECT id, unit, unit_at, owner_id, owner_bound_at FROM sh_person WHERE id IN (")
                .params(pair).append(") ORDER BY " + DialectSql.idOrder(context.dialect(), "id") + " FOR UPDATE")
                .rows(em)) {
            if (Values.text(row[0]).equals(from)) {
                theirs = row;
            } else {
                mine = row;
            }
        }
        if (theirs == null || mine == null) {
            throw new IllegalStateException("the rows of \"" + from + "\" and \"" + into + "\" vanished while merging");
        }

        // The earlier binding stays (on a tie, into's); an owner that would be into itself is cleared.
        Object[] kept = mine[3] == null ? theirs
                : theirs[3] == null || !Values.instant(theirs[4]).isBefore(Values.instant(mine[4])) ? mine : theirs;
        String owner = kept[3] == null ? null : resolve(Values.text(kept[3]));
        Instant boundAt = kept[3] == null ? null : Values.instant(kept[4]);
        if (from.equals(owner)) {
            owner = into;
        }
        if (into.equals(owner)) {
            owner = null;
            boundAt = null;
        }
        boolean takeUnit = mine[1] == null && theirs[1] != null;
        Sql update = Sql.of("UPDATE sh_person SET owner_id = ").param(owner).append(", owner_bound_at = ")
                .param(Values.decimal(boundAt));
        if (takeUnit) {
            update.append(", unit = ").param(Values.text(theirs[1])).append(", unit_at = ").param(theirs[2]);
        }
        update.append(" WHERE id = ").param(into).update(em);
        Sql.of("UPDATE sh_person SET unit = NULL, unit_at = NULL, owner_id = NULL, owner_bound_at = NULL,"
                + " merged_into = ").param(into).append(" WHERE id = ").param(from).update(em);
    }

    @Override
    public void erase(String personId, String pseudonym) {
        resolved.remove();
        EntityManager em = context.em();
        // The erased id and every id that resolved to it (merged into it, directly or further up).
        List<String> aliases = new ArrayList<>();
        List<String> frontier = List.of(personId);
        for (int step = 0; step < MAX_CHAIN && !frontier.isEmpty(); step++) {
            frontier = Sql.of("SELECT id FROM sh_person WHERE merged_into IN (").params(frontier).append(")")
                    .column(em).stream().map(Values::text).toList();
            aliases.addAll(frontier);
        }
        merge(personId, pseudonym);
        List<String> gone = new ArrayList<>(aliases);
        gone.add(personId);
        // People the erased person owned, under any of its ids, are owned by the pseudonym. No alias
        // of the erased id stays: none of them resolves to the pseudonym. Its unit is dropped.
        Sql.of("UPDATE sh_person SET owner_id = ").param(pseudonym).append(" WHERE owner_id IN (").params(gone)
                .append(") AND id <> ").param(pseudonym).update(em);
        Sql.of("DELETE FROM sh_person WHERE id = ").param(personId).update(em);
        if (!aliases.isEmpty()) {
            Sql.of("UPDATE sh_person SET merged_into = NULL WHERE id IN (").params(aliases).append(")").update(em);
        }
        Sql.of("UPDATE sh_person SET unit = NULL, unit_at = NULL WHERE id = ").param(pseudonym).update(em);
    }
}
