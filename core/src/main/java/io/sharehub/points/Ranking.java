package io.sharehub.points;

/** How rows with equal points are numbered. */
public enum Ranking {
    /** Standard competition ranks: 101, 100, 100, 99 points rank 1, 2, 2, 4. The default. */
    COMPETITION,
    /** Dense ranks: 101, 100, 100, 99 points rank 1, 2, 2, 3. */
    DENSE
}
