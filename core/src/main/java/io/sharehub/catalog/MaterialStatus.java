package io.sharehub.catalog;

/** Where a material is in its life. Only administrators see drafts and archived material. */
public enum MaterialStatus {
    /** Being prepared; not listed. */
    DRAFT,
    /** Live from its publish instant on; scheduled until then. */
    PUBLISHED,
    /** Withdrawn; not listed, and {@code NOT_FOUND} to viewers. */
    ARCHIVED
}
