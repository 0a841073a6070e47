package io.sharehub.points.internal;

import io.sharehub.points.spi.RankedRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first rows of one board and its total, read in one transaction.
 *
 * @param rows the first rows, in board order
 * @param total the number of listed rows
 * @param generation the cache generation the read started in; a later write makes it stale
 * @param byId the rows by id
 */
record BoardSnapshot(List<RankedRow> rows, long total, long generation, Map<String, RankedRow> byId) {
    static BoardSnapshot of(List<RankedRow> rows, long total, long generation) {
        Map<String, RankedRow> byId = new HashMap<>(rows.size() * 2);
        for (RankedRow row : rows) {
            byId.put(row.id(), row);
        }
        return new BoardSnapshot(rows, total, generation, byId);
    }

    /** @return whether the snapshot holds every listed row */
    boolean complete() {
        return rows.size() >= total;
    }

    /** @return whether rows {@code [offset, offset + size)} are all known here */
    boolean covers(long offset, int size) {
        return complete() || offset + size <= rows.size();
    }

    /** @return whether the row of {@code id}, or its absence, is known here */
    boolean knows(String id) {
        return complete() || byId.containsKey(id);
    }
}
