package io.sharehub.access;

/** What a viewer wants to do with a material. */
public enum Action {
    /** Appear in search results, listings, counts and popularity lists. */
    LIST,
    /** Open the material. */
    VIEW,
    /** Fetch its file; a material may demand more for this than for viewing. */
    DOWNLOAD,
    /** Share it; needs what viewing needs, and anonymous visitors may share. */
    SHARE
}
