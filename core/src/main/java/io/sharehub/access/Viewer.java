package io.sharehub.access;

import io.sharehub.internal.Check;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whoever acts: the host says who it is on every call, ShareHub never logs anyone in.
 *
 * <p>{@code id} is opaque and compared exactly (case and trailing spaces matter). {@code groups}
 * name the teams an employee belongs to ({@code sales}, {@code dealer:east}). {@code unit} is the
 * store or dealer the person belongs to, or {@code null}; ShareHub remembers each person's latest
 * unit from the viewers it is given and credits leaderboard points to it.
 *
 * @param id the host's opaque id for the person: a member or employee id, or a device or openid
 * @param kind what the host knows the person to be
 * @param groups the groups the person is in; only an employee's groups open the employee zone
 * @param unit the store or dealer the person belongs to, or {@code null} when not stated
 */
public record Viewer(String id, ViewerKind kind, Set<String> groups, String unit) {
    /** The most groups one viewer may carry. */
    public static final int MAX_GROUPS = 100;

    /**
     * @throws io.sharehub.InvalidInputException if the id is blank or too long, a group is blank,
     *     or the unit is blank but not {@code null}
     */
    public Viewer {
        Check.id("viewer.id", id);
        Check.given("viewer.kind", kind);
        if (Check.given("viewer.groups", groups).isEmpty()) {
            // Most viewers have no groups: one shared empty set, no copy (every visit builds a viewer).
            groups = Set.of();
        } else {
            Set<String> copy = new TreeSet<>();
            for (String group : groups) {
                copy.add(Check.id("viewer.groups", group));
            }
            Check.maxSize("viewer.groups", copy, MAX_GROUPS);
            groups = Set.copyOf(copy);
        }
        if (unit != null) {
            Check.id("viewer.unit", unit);
        }
    }

    /**
     * @param id the visitor's device, cookie or openid
     * @return an anonymous visitor with no groups and no unit
     */
    public static Viewer anonymous(String id) {
        return new Viewer(id, ViewerKind.ANONYMOUS, Set.of(), null);
    }

    /**
     * @param id the member id
     * @return a member with no groups and no unit
     */
    public static Viewer member(String id) {
        return new Viewer(id, ViewerKind.MEMBER, Set.of(), null);
    }

    /**
     * @param id the employee id
     * @param groups the employee's groups, for example {@code sales} or {@code dealer:east}
     * @return an employee in those groups with no unit
     */
    public static Viewer employee(String id, String... groups) {
        return new Viewer(id, ViewerKind.EMPLOYEE, Set.copyOf(Arrays.asList(groups)), null);
    }

    /**
     * @param id the administrator's id
     * @return an administrator, who sees everything
     */
    public static Viewer admin(String id) {
        return new Viewer(id, ViewerKind.ADMIN, Set.of(), null);
    }

    /**
     * @param unit the store or dealer, or {@code null}
     * @return this viewer with that unit
     */
    public Viewer withUnit(String unit) {
        return new Viewer(id, kind, groups, unit);
    }

    /**
     * @param groups the groups
     * @return this viewer with those groups instead of its own
     */
    public Viewer withGroups(Collection<String> groups) {
        return new Viewer(id, kind, Set.copyOf(groups), unit);
    }

    /**
     * @param kind another kind
     * @return this viewer as another kind, same id, groups and unit
     */
    public Viewer as(ViewerKind kind) {
        return new Viewer(id, kind, groups, unit);
    }

    /** @return whether this viewer is an administrator */
    public boolean isAdmin() {
        return kind == ViewerKind.ADMIN;
    }

    /** @return whether this viewer is an anonymous visitor */
    public boolean isAnonymous() {
        return kind == ViewerKind.ANONYMOUS;
    }
}
