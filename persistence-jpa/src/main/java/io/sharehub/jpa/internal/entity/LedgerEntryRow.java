package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One ledger entry. Persisted as an entity so that the entries of one operation go out as one
 * JDBC batch; the sequence comes from a database sequence the provider draws 50 at a time, never
 * from an identity column. A sequence, unlike a table of counters, survives the tables being
 * emptied, so a running application never hands out a number twice.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntryRow {
    @Id
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @Column(name = "seq", nullable = false)
    private Long seq;

    @Column(name = "account", length = 128, nullable = false)
    private String account;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "reason", length = 16, nullable = false)
    private String reason;

    @Column(name = "campaign_id", length = 128)
    private String campaignId;

    @Column(name = "referral_id", length = 128)
    private String referralId;

    @Column(name = "at_ns", precision = 38, scale = 0, nullable = false)
    private BigDecimal atNs;

    @Column(name = "ledger_key", length = 128)
    private String ledgerKey;

    @Column(name = "note", length = 500)
    private String note;

    /** For the provider. */
    protected LedgerEntryRow() {
    }

    /**
     * @param account the account
     * @param amount the points
     * @param reason the reason's name
     * @param campaignId the campaign, or {@code null}
     * @param referralId the referral, or {@code null}
     * @param atNs the instant in epoch nanoseconds
     * @param ledgerKey the ledger key, or {@code null}
     * @param note the note, or {@code null}
     */
    public LedgerEntryRow(String account, long amount, String reason, String campaignId, String referralId,
            BigDecimal atNs, String ledgerKey, String note) {
        this.account = account;
        this.amount = amount;
        this.reason = reason;
        this.campaignId = campaignId;
        this.referralId = referralId;
        this.atNs = atNs;
        this.ledgerKey = ledgerKey;
        this.note = note;
    }

    /** @return the sequence the generator gave it on persist */
    public long seq() {
        return seq;
    }
}
