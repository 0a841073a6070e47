package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.Page;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.spi.AccountState;
import io.sharehub.points.spi.AwardRecord;
import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.CounterDelta;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.EntryDraft;
import io.sharehub.points.spi.KeyedOperation;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.points.spi.RankedRow;
import io.sharehub.points.spi.ReferralRecord;
import io.sharehub.store.memory.InMemoryStores;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger store that makes every call on the in-memory reference and on the JPA store, asserts
 * that both answered the same, and hands on the JPA store's answer. Entry sequences are the one
 * thing the two number differently: the twin pairs them as entries are appended (both increase
 * in write order) and compares entries through that pairing.
 */
final class TwinLedgerStore implements LedgerStore {
    private final LedgerStore reference = InMemoryStores.create().ledger();
    private final LedgerStore subject;
    private final Map<Long, Long> referenceSequenceOf = new HashMap<>();

    TwinLedgerStore(LedgerStore subject) {
        this.subject = subject;
    }

    private <T> T same(String call, T expected, T actual) {
        assertThat(actual).as(call).isEqualTo(expected);
        return actual;
    }

    private List<LedgerEntry> sameEntries(String call, List<LedgerEntry> expected, List<LedgerEntry> actual) {
        assertThat(actual.stream().map(this::inReferenceNumbers).toList()).as(call).isEqualTo(expected);
        return actual;
    }

    private LedgerEntry inReferenceNumbers(LedgerEntry entry) {
        Long sequence = referenceSequenceOf.get(entry.sequence());
        assertThat(sequence).as("entry %s was appended through this twin", entry).isNotNull();
        return new LedgerEntry(sequence, entry.account(), entry.amount(), entry.reason(), entry.campaignId(),
                entry.referralId(), entry.instant(), entry.key(), entry.note());
    }

    @Override
    public AccountState lockAccount(String account) {
        return same("lockAccount(" + account + ")", reference.lockAccount(account), subject.lockAccount(account));
    }

    @Override
    public AccountState account(String account) {
        return same("account(" + account + ")", reference.account(account), subject.account(account));
    }

    @Override
    public void changeAccount(String account, long balanceDelta, long debtDelta) {
        reference.changeAccount(account, balanceDelta, debtDelta);
        subject.changeAccount(account, balanceDelta, debtDelta);
    }

    @Override
    public List<LedgerEntry> append(List<EntryDraft> drafts) {
        List<LedgerEntry> expected = reference.append(drafts);
        List<LedgerEntry> actual = subject.append(drafts);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            Long earlier = referenceSequenceOf.put(actual.get(i).sequence(), expected.get(i).sequence());
            assertThat(earlier).as("sequence %s given twice", actual.get(i).sequence()).isNull();
        }
        return sameEntries("append(" + drafts + ")", expected, actual);
    }

    @Override
    public List<LedgerEntry> entriesWithKey(String key) {
        return sameEntries("entriesWithKey(" + key + ")", reference.entriesWithKey(key), subject.entriesWithKey(key));
    }

    @Override
    public List<LedgerEntry> entriesOfReferral(String referralId) {
        return sameEntries("entriesOfReferral(" + referralId + ")", reference.entriesOfReferral(referralId),
                subject.entriesOfReferral(referralId));
    }

    @Override
    public Page<LedgerEntry> entries(String account, int page, int size) {
        Page<LedgerEntry> expected = reference.entries(account, page, size);
        Page<LedgerEntry> actual = subject.entries(account, page, size);
        String call = "entries(" + account + ", " + page + ", " + size + ")";
        assertThat(actual.total()).as(call).isEqualTo(expected.total());
        sameEntries(call, expected.items(), actual.items());
        return actual;
    }

    @Override
    public Optional<KeyedOperation> keyedOperation(String key) {
        return same("keyedOperation(" + key + ")", reference.keyedOperation(key), subject.keyedOperation(key));
    }

    @Override
    public void insertKeyedOperation(KeyedOperation operation) {
        reference.insertKeyedOperation(operation);
        subject.insertKeyedOperation(operation);
    }

    @Override
    public Optional<ReferralRecord> referral(String referralId) {
        return same("referral(" + referralId + ")", reference.referral(referralId), subject.referral(referralId));
    }

    @Override
    public Optional<ReferralRecord> lockReferral(String referralId) {
        return same("lockReferral(" + referralId + ")", reference.lockReferral(referralId),
                subject.lockReferral(referralId));
    }

    @Override
    public void insertReferral(ReferralRecord referral) {
        reference.insertReferral(referral);
        subject.insertReferral(referral);
    }

    @Override
    public void markReversed(String referralId, Instant reversedAt, List<AwardRecord> awards) {
        reference.markReversed(referralId, reversedAt, awards);
        subject.markReversed(referralId, reversedAt, awards);
    }

    @Override
    public void applyCounters(List<CounterDelta> deltas) {
        reference.applyCounters(deltas);
        subject.applyCounters(deltas);
    }

    @Override
    public void recomputeReachedAt(List<CounterKey> keys) {
        reference.recomputeReachedAt(keys);
        subject.recomputeReachedAt(keys);
    }

    @Override
    public long points(CounterKey key) {
        return same("points(" + key + ")", reference.points(key), subject.points(key));
    }

    @Override
    public void moveAccount(String from, String into) {
        reference.moveAccount(from, into);
        subject.moveAccount(from, into);
    }

    @Override
    public BoardSlice board(BoardSource source, long offset, int limit) {
        return same("board(" + source + ", " + offset + ", " + limit + ")", reference.board(source, offset, limit),
                subject.board(source, offset, limit));
    }

    @Override
    public Optional<RankedRow> boardRow(BoardSource source, String id) {
        return same("boardRow(" + source + ", " + id + ")", reference.boardRow(source, id), subject.boardRow(source, id));
    }
}
