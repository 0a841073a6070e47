package io.sharehub.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The effective rule of a material or category: every level that applies to it (its own
 * visibility and that of every category it is in, with their ancestors), reduced to what a
 * decision needs. Stores keep it beside each material so that search and listings filter in one
 * pass; the core computes it and recomputes it whenever a category's visibility or place changes.
 *
 * @param membersOnly whether some level is {@link Visibility.Level#MEMBERS}: viewing asks an
 *     anonymous visitor to register
 * @param audiences every {@link Visibility.Level#INTERNAL} level; the viewer must be in every
 *     one's audience to see the item at all
 */
public record AccessRule(boolean membersOnly, List<Visibility> audiences) {
    /** The rule of something public everywhere. */
    public static final AccessRule PUBLIC = new AccessRule(false, List.of());

    /** Copies the audiences. */
    public AccessRule {
        audiences = List.copyOf(audiences);
        for (Visibility audience : audiences) {
            if (audience.level() != Visibility.Level.INTERNAL) {
                throw new IllegalArgumentException("audiences hold INTERNAL levels only: " + audience);
            }
        }
    }

    /**
     * Combines every level that applies: the most restrictive wins and INTERNAL audiences
     * intersect.
     *
     * @param levels the visibilities of the item, its categories and their ancestors
     * @return the effective rule
     */
    public static AccessRule of(Collection<Visibility> levels) {
        boolean members = false;
        LinkedHashSet<Visibility> internal = new LinkedHashSet<>();
        for (Visibility level : levels) {
            switch (level.level()) {
                case PUBLIC -> { }
                case MEMBERS -> members = true;
                case INTERNAL -> internal.add(level);
            }
        }
        return new AccessRule(members, new ArrayList<>(internal));
    }

    /**
     * @return the most restrictive level that applies
     */
    public Visibility.Level level() {
        if (!audiences.isEmpty()) {
            return Visibility.Level.INTERNAL;
        }
        return membersOnly ? Visibility.Level.MEMBERS : Visibility.Level.PUBLIC;
    }

    /**
     * Whether the viewer is inside every INTERNAL audience, which is what listing needs (given
     * the item is published).
     *
     * @param viewer a viewer
     * @return whether the rule lets the viewer know the item exists
     */
    public boolean admits(Viewer viewer) {
        for (Visibility audience : audiences) {
            if (!audience.admits(viewer)) {
                return false;
            }
        }
        return true;
    }
}
