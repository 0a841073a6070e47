package io.sharehub.access;

/**
 * The answer to "may this viewer do this": {@link #ALLOW} or a denial with one of a closed set of
 * reasons. When several reasons apply, the first in declaration order wins.
 */
public enum Decision {
    /** Go ahead. */
    ALLOW,
    /**
     * Unknown, unpublished, archived, or outside an INTERNAL audience. The cases are
     * indistinguishable on purpose: a hidden title must not leak.
     */
    NOT_FOUND,
    /** An anonymous viewer who would be allowed as a member: show the sign-up page. */
    REGISTRATION_REQUIRED,
    /** The viewer can see the material but this action needs more, such as an employee-only download. */
    NOT_PERMITTED,
    /** The campaign is not open at the action's instant. */
    CAMPAIGN_CLOSED;

    /** @return whether this is {@link #ALLOW} */
    public boolean isAllowed() {
        return this == ALLOW;
    }
}
