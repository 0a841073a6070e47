package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A leaderboard counter per (hub-zone day, account) or (hub-zone day, unit): kind ACCOUNT or
 * UNIT. Written only by SQL upserts ({@code points = points + ?}, {@code reached_ns} kept at the
 * later instant); mapped so the unit knows the table.
 */
@Entity
@Table(name = "ledger_day_counter")
@IdClass(LedgerDayCounter.Key.class)
public class LedgerDayCounter {
    @Id
    @Column(name = "kind", length = 8, nullable = false)
    private String kind;

    @Id
    @Column(name = "day_no", nullable = false)
    private long dayNo;

    @Id
    @Column(name = "subject", length = 128, nullable = false)
    private String subject;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "invited", nullable = false)
    private long invited;

    @Column(name = "reached_ns", precision = 38, scale = 0)
    private BigDecimal reachedNs;

    /** For the provider. */
    protected LedgerDayCounter() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String kind;
        private long dayNo;
        private String subject;

        /** For the provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kind, key.kind)
                    && dayNo == key.dayNo
                    && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, dayNo, subject);
        }
    }
}
