package io.sharehub.points.spi;

import io.sharehub.points.EntryReason;
import java.time.Instant;

/**
 * An adjustment or redemption as it was asked for, kept under its ledger key so that a repeat can
 * be told from a conflict. Never changed once recorded, also not by an account merge.
 *
 * @param key the ledger key, unique across the hub
 * @param reason {@link EntryReason#ADJUSTMENT} or {@link EntryReason#REDEMPTION}
 * @param account the account as given
 * @param amount the amount as given (a redemption's is positive)
 * @param instant the instant used
 * @param note the note as given, or {@code null}
 */
public record KeyedOperation(String key, EntryReason reason, String account, long amount, Instant instant,
        String note) {
}
