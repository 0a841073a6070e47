package io.sharehub.catalog;

/** What kind of thing a material is; the host decides how to show each. */
public enum MaterialType {
    /** A brochure, catalogue, manual or price list (PDF, Office). */
    DOCUMENT,
    /** A video. */
    VIDEO,
    /** An image: a poster, a product photo. */
    IMAGE,
    /** An article written in the host's CMS. */
    ARTICLE,
    /** A link to somewhere else. */
    LINK
}
