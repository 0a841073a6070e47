package io.sharehub.points;

/** What a leaderboard ranks. */
public enum BoardSubject {
    /** People: one row per account. */
    ACCOUNTS,
    /**
     * Stores or dealers: one row per unit, summing the awards its people earned while they
     * belonged to it. Awards without a unit are left out.
     */
    UNITS
}
