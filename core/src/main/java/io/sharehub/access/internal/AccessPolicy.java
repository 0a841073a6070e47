package io.sharehub.access.internal;

import io.sharehub.access.AccessRule;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.ViewerKind;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.spi.MaterialRecord;
import java.time.Instant;

/** The decision rules of DESIGN "People and what they may see", in one place. */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /**
     * Decides an action on a material.
     *
     * @param viewer who acts
     * @param record the material with its rule, or {@code null} when unknown
     * @param action what they want
     * @param now the instant of the action
     */
    public static Decision decide(Viewer viewer, MaterialRecord record, Action action, Instant now) {
        if (record == null) {
            return Decision.NOT_FOUND;
        }
        if (viewer.isAdmin()) {
            return Decision.ALLOW;
        }
        if (!record.material().isLive(now) || !record.rule().admits(viewer)) {
            return Decision.NOT_FOUND;
        }
        return decideVisible(viewer, record.rule(), record.material().downloadVisibility(), action);
    }

    /**
     * Decides an action for a viewer already known to be inside every INTERNAL audience of a
     * live material.
     */
    public static Decision decideVisible(Viewer viewer, AccessRule rule, Visibility download, Action action) {
        if (action == Action.LIST || meets(viewer, rule, download, action)) {
            return Decision.ALLOW;
        }
        if (viewer.kind() == ViewerKind.ANONYMOUS && meets(viewer.as(ViewerKind.MEMBER), rule, download, action)) {
            return Decision.REGISTRATION_REQUIRED;
        }
        return Decision.NOT_PERMITTED;
    }

    /**
     * @return whether the viewer may list something with this rule (status aside)
     */
    public static boolean lists(Viewer viewer, AccessRule rule) {
        return viewer.isAdmin() || rule.admits(viewer);
    }

    /**
     * @return whether the viewer may list this material now
     */
    public static boolean lists(Viewer viewer, MaterialRecord record, Instant now) {
        if (viewer.isAdmin()) {
            return true;
        }
        Material material = record.material();
        return material.isLive(now) && record.rule().admits(viewer);
    }

    private static boolean meets(Viewer viewer, AccessRule rule, Visibility download, Action action) {
        boolean anonymous = viewer.kind() == ViewerKind.ANONYMOUS;
        if (rule.membersOnly() && anonymous) {
            return false;
        }
        if (action == Action.DOWNLOAD && download != null) {
            if (download.level() == Visibility.Level.MEMBERS && anonymous) {
                return false;
            }
            return download.admits(viewer);
        }
        return true;
    }
}
