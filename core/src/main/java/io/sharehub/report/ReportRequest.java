package io.sharehub.report;

import io.sharehub.InvalidInputException;
import io.sharehub.access.Viewer;
import io.sharehub.internal.Check;

/**
 * Who asks for a report, and how: a report made for a viewer holds only what that viewer may list,
 * and its personal columns are masked unless an administrator asks for them unmasked.
 *
 * @param viewer who will see the report
 * @param unmasked whether personal columns are shown as they are; administrators only
 */
public record ReportRequest(Viewer viewer, boolean unmasked) {
    /**
     * @throws InvalidInputException if the viewer is missing, or someone other than an
     *     administrator asks for unmasked personal data
     */
    public ReportRequest {
        Check.given("viewer", viewer);
        if (unmasked && !viewer.isAdmin()) {
            throw new InvalidInputException("unmasked", "may be asked by an ADMIN only",
                    viewer.kind() + " " + viewer.id());
        }
    }

    /**
     * @param viewer who will see the report
     * @return a request with personal columns masked
     */
    public static ReportRequest of(Viewer viewer) {
        return new ReportRequest(viewer, false);
    }

    /**
     * @param admin an administrator
     * @return a request with personal columns as they are
     */
    public static ReportRequest unmaskedFor(Viewer admin) {
        return new ReportRequest(admin, true);
    }
}
