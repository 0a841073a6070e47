package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An adjustment or redemption as asked for, under its ledger key (the primary key). */
@Entity
@Table(name = "ledger_keyed_operation")
public class LedgerKeyedOperation {
    @Id
    @Column(name = "ledger_key", length = 128, nullable = false)
    private String ledgerKey;

    @Column(name = "reason", length = 16, nullable = false)
    private String reason;

    @Column(name = "account", length = 128, nullable = false)
    private String account;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "at_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal atNs;

    @Column(name = "note", length = 500)
    private String note;

    /** For the provider. */
    protected LedgerKeyedOperation() {
    }

    /**
     * @param ledgerKey the key
     * @param reason the reason's name
     * @param account the account as given
     * @param amount the amount as given
     * @param atNs the instant in epoch nanoseconds
     * @param note the note, or {@code null}
     */
    public LedgerKeyedOperation(String ledgerKey, String reason, String account, long amount, BigDecimal atNs,
            String note) {
        this.ledgerKey = ledgerKey;
        this.reason = reason;
        this.account = account;
        this.amount = amount;
        this.atNs = atNs;
        this.note = note;
    }
}
