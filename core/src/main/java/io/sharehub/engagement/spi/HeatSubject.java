package io.sharehub.engagement.spi;

/** Whose heat an accumulator holds. */
public enum HeatSubject {
    /** A person's heat. */
    PERSON,
    /** A material's heat. */
    MATERIAL
}
