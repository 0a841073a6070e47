package io.sharehub.access;

import io.sharehub.InvalidInputException;
import io.sharehub.internal.Check;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may see a material or a category.
 *
 * <ul>
 *   <li>{@link Level#PUBLIC}: anyone may list and view it.</li>
 *   <li>{@link Level#MEMBERS}: anyone may see it listed; viewing needs a member, employee or
 *       administrator, and an anonymous visitor is told
 *       {@link Decision#REGISTRATION_REQUIRED}: the lead capture.</li>
 *   <li>{@link Level#INTERNAL}: the employee zone. Its audience is the employees in any of its
 *       {@code groups} plus the {@code people} it names, of any kind; with neither, all
 *       employees. Anyone else is told {@link Decision#NOT_FOUND} and never sees it listed.</li>
 * </ul>
 *
 * @param level how strict the rule is
 * @param groups for {@code INTERNAL}: employee groups in the audience; empty otherwise
 * @param people for {@code INTERNAL}: person ids in the audience, of any kind; empty otherwise
 */
public record Visibility(Level level, Set<String> groups, Set<String> people) {
    /** The most groups plus people one rule may name. */
    public static final int MAX_AUDIENCE = 1_000;

    /** Anyone may list and view. */
    public static final Visibility PUBLIC = new Visibility(Level.PUBLIC, Set.of(), Set.of());

    /** Anyone may list; viewing needs a registered person. */
    public static final Visibility MEMBERS = new Visibility(Level.MEMBERS, Set.of(), Set.of());

    /** Every employee, and nobody else. */
    public static final Visibility ALL_EMPLOYEES = new Visibility(Level.INTERNAL, Set.of(), Set.of());

    /** How strict a rule is, from least to most. */
    public enum Level {
        /** Anyone. */
        PUBLIC,
        /** Listed for anyone, viewed by registered people. */
        MEMBERS,
        /** The employee zone: only its audience. */
        INTERNAL
    }

    /**
     * @throws InvalidInputException if a non-internal rule names groups or people, or a name is
     *     blank
     */
    public Visibility {
        Check.given("visibility.level", level);
        groups = names("visibility.groups", groups);
        people = names("visibility.people", people);
        if (level != Level.INTERNAL && !(groups.isEmpty() && people.isEmpty())) {
            throw new InvalidInputException("visibility.groups",
                    "must be empty unless the level is INTERNAL", level + " with " + groups + " " + people);
        }
        if (groups.size() + people.size() > MAX_AUDIENCE) {
            throw new InvalidInputException("visibility.people",
                    "must name at most " + MAX_AUDIENCE + " groups and people together",
                    groups.size() + people.size());
        }
    }

    /**
     * @param groups employee groups whose members are in the audience
     * @return the employee zone for those groups
     */
    public static Visibility internalTo(String... groups) {
        return new Visibility(Level.INTERNAL, Set.copyOf(Arrays.asList(groups)), Set.of());
    }

    /**
     * @param groups employee groups whose members are in the audience
     * @param people person ids in the audience, of any kind
     * @return the employee zone for those groups and people
     */
    public static Visibility internal(Collection<String> groups, Collection<String> people) {
        return new Visibility(Level.INTERNAL, Set.copyOf(groups), Set.copyOf(people));
    }

    /**
     * @param viewer a viewer
     * @return for {@code INTERNAL}, whether the viewer is in the audience; {@code true} otherwise
     */
    public boolean admits(Viewer viewer) {
        if (level != Level.INTERNAL || viewer.isAdmin() || people.contains(viewer.id())) {
            return true;
        }
        if (viewer.kind() != ViewerKind.EMPLOYEE) {
            return false;
        }
        if (groups.isEmpty() && people.isEmpty()) {
            return true;
        }
        for (String group : viewer.groups()) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param other another rule
     * @return whether this rule is at least as strict as the other by level
     */
    public boolean atLeastAsStrictAs(Visibility other) {
        return level.compareTo(other.level) >= 0;
    }

    private static Set<String> names(String field, Set<String> names) {
        Set<String> copy = new TreeSet<>();
        for (String name : Check.given(field, names)) {
            copy.add(Check.id(field, name));
        }
        return Set.copyOf(copy);
    }
}
