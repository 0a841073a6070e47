package io.sharehub.points.spi;

import java.util.List;

/**
 * Consecutive rows of a leaderboard, and how many rows it lists in all.
 *
 * @param rows the rows, in board order
 * @param total the number of listed rows (points more than 0)
 */
public record BoardSlice(List<RankedRow> rows, long total) {
    /** Copies the rows. */
    public BoardSlice {
        rows = List.copyOf(rows);
    }
}
