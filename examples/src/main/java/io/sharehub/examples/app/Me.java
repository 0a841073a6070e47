package io.sharehub.examples.app;

import io.sharehub.access.Viewer;
import io.sharehub.access.ViewerKind;

/**
 * Who is looking at a page: the persona, the viewer handed to ShareHub, and the name to show.
 *
 * @param persona the persona
 * @param viewer the viewer
 * @param name the name shown
 * @param browserId the browser's cookie id (the anonymous id, and the device id of visits)
 */
public record Me(Persona persona, Viewer viewer, String name, String browserId) {

    /** @return the person id */
    public String id() {
        return viewer.id();
    }

    /** @return whether an administrator */
    public boolean isAdmin() {
        return viewer.kind() == ViewerKind.ADMIN;
    }

    /** @return whether an anonymous visitor */
    public boolean isAnonymous() {
        return viewer.kind() == ViewerKind.ANONYMOUS;
    }

    /** @return whether an employee or an administrator */
    public boolean isStaff() {
        return viewer.kind() == ViewerKind.EMPLOYEE || isAdmin();
    }

    /** @return the unit, or an empty string */
    public String unit() {
        return viewer.unit() == null ? "" : viewer.unit();
    }
}
