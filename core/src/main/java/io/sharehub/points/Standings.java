package io.sharehub.points;

import io.sharehub.Page;
import java.util.Optional;

/**
 * A page of a leaderboard and one account's (or unit's) own row beside it, both read from one
 * snapshot: the row agrees with the page even while points are being paid.
 *
 * @param page the page
 * @param me the row of the account asked about as the full list shows it, or empty when it is not
 *     listed (no points in scope)
 */
public record Standings(Page<BoardRow> page, Optional<BoardRow> me) {
}
