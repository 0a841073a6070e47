package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account's balance and debt. Written only by SQL ({@code SELECT ... FOR UPDATE}, inserted
 * when missing, {@code SET balance = balance + ?}); mapped so the unit knows the table.
 */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount {
    @Id
    @Column(name = "account", length = 128, nullable = false)
    private String account;

    @Column(name = "balance", nullable = false)
    private long balance;

    @Column(name = "debt", nullable = false)
    private long debt;

    /** For the provider. */
    protected LedgerAccount() {
    }
}
