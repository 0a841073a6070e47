package io.sharehub.points.spi;

import io.sharehub.Page;
import io.sharehub.points.LedgerEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The points ledger's storage port. The core calls it inside {@link io.sharehub.store.Transactions}
 * of the same store set, has checked every argument, and decides every amount: a store keeps
 * what it is given and answers the queries below exactly.
 *
 * <h2>What a database store must do</h2>
 * Counting must stay exact when several application instances share one database:
 * <ul>
 *   <li><b>Uniqueness.</b> Ledger keys ({@link #insertKeyedOperation}) and referral ids
 *       ({@link #insertReferral}) are unique constraints. When a concurrent transaction inserted
 *       the same id, the insert fails the transaction (a unique-constraint violation, which the
 *       store's transactions retry or report as retryable); the retry then finds the record and
 *       the core returns the recorded outcome.</li>
 *   <li><b>Row locks.</b> {@link #lockAccount} is {@code SELECT ... FOR UPDATE} on the account's
 *       row (inserted first when missing). Every write that changes an account's balance, debt,
 *       entries, awards or counters locks that account first, so the balance checked is the
 *       balance written; the core locks the accounts of one transaction in code-point order of
 *       their ids. Within one transaction the core always goes: the referral row a reversal locks
 *       ({@link #lockReferral}), then account rows, then inserts of new referral and ledger-key
 *       rows, then counter rows, so concurrent writers never wait on each other in a cycle.
 *       Referral awards are rows of their own, not part of the referral's row, so that moving
 *       them in a merge never waits on a referral locked by a reversal.</li>
 *   <li><b>Atomic increments.</b> {@link #changeAccount} and {@link #applyCounters} are
 *       {@code SET n = n + ?} (counters as upserts), applied in the order given, which is
 *       {@link CounterKey#ORDER}.</li>
 *   <li><b>All or nothing.</b> A failure anywhere rolls back the whole transaction.</li>
 * </ul>
 *
 * <h2>Leaderboards</h2>
 * Boards read counters, never all entries: per (campaign, account), (day, account),
 * (campaign, unit) and (day, unit). A range board sums whole-day counters and adds the awards of
 * its partial edge days ({@link BoardSource}). Rows are ordered by points descending,
 * {@code invited} descending, {@code reachedAt} ascending, then id in code-point order (binary
 * collation); rows with 0 points or less are not listed.
 *
 * <p>Implementations must be thread-safe.
 */
public interface LedgerStore {

    // ---------------------------------------------------------------- accounts

    /**
     * Locks an account's row for the rest of the transaction, creating it with zeros when missing.
     *
     * @param account the account
     * @return its current balance and debt
     */
    AccountState lockAccount(String account);

    /**
     * @param account the account
     * @return its balance and debt, {@link AccountState#EMPTY} when never seen
     */
    AccountState account(String account);

    /**
     * Adds to an account's balance and debt. The account is locked in this transaction.
     *
     * @param account the account
     * @param balanceDelta added to the balance
     * @param debtDelta added to the debt
     */
    void changeAccount(String account, long balanceDelta, long debtDelta);

    // ---------------------------------------------------------------- entries

    /**
     * Appends entries, giving each the next sequence number, in the order given.
     *
     * @param drafts the entries
     * @return the entries as stored
     */
    List<LedgerEntry> append(List<EntryDraft> drafts);

    /**
     * @param key a ledger key
     * @return the entries written under it, in sequence order
     */
    List<LedgerEntry> entriesWithKey(String key);

    /**
     * @param referralId a referral
     * @return the entries that name it (awards, their debt repayments, reversals), in sequence order
     */
    List<LedgerEntry> entriesOfReferral(String referralId);

    /**
     * @param account an account
     * @param page the 0-based page
     * @param size the page size
     * @return its entries by instant descending, then sequence descending, with the total
     */
    Page<LedgerEntry> entries(String account, int page, int size);

    // ---------------------------------------------------------------- idempotency

    /**
     * @param key a ledger key
     * @return the adjustment or redemption recorded under it
     */
    Optional<KeyedOperation> keyedOperation(String key);

    /**
     * Records an adjustment or redemption under its key. The key is unique across the hub: a
     * concurrent insert of the same key must fail the transaction.
     *
     * @param operation the operation
     */
    void insertKeyedOperation(KeyedOperation operation);

    /**
     * @param referralId a referral id
     * @return the referral, if it was credited
     */
    Optional<ReferralRecord> referral(String referralId);

    /**
     * Like {@link #referral} and locks the referral's row for the rest of the transaction.
     *
     * @param referralId a referral id
     * @return the referral, if it was credited
     */
    Optional<ReferralRecord> lockReferral(String referralId);

    /**
     * Records a referral with its awards. The id is unique across the hub: a concurrent insert of
     * the same id must fail the transaction. Counters are changed separately by
     * {@link #applyCounters}.
     *
     * @param referral the referral, not reversed
     */
    void insertReferral(ReferralRecord referral);

    /**
     * Marks a referral reversed and keeps how each award was taken back. From now on its awards
     * no longer count in {@link #recomputeReachedAt} nor in the edge days of range boards.
     *
     * @param referralId the referral, locked in this transaction
     * @param reversedAt when
     * @param awards its awards, level 1 first, with {@code taken} and {@code debtAdded} set
     */
    void markReversed(String referralId, Instant reversedAt, List<AwardRecord> awards);

    // ---------------------------------------------------------------- counters

    /**
     * Applies increments to counter rows, creating missing rows with zeros, in the order given.
     *
     * @param deltas the increments, in {@link CounterKey#ORDER}, one per row
     */
    void applyCounters(List<CounterDelta> deltas);

    /**
     * Sets each counter's {@code reachedAt} to the latest instant of the non-reversed awards of
     * more than 0 points it counts (matched by campaign or day, and by current account or by
     * unit), or to none when there are none. Called after a reversal, for the counters it touched
     * only.
     *
     * @param keys the counters
     */
    void recomputeReachedAt(List<CounterKey> keys);

    /**
     * @param key a counter
     * @return its points, 0 when missing
     */
    long points(CounterKey key);

    // ---------------------------------------------------------------- merge

    /**
     * Moves everything recorded under one account to another, for an identity merge: its entries
     * and referral awards now name {@code into}; its per-campaign and per-day account counters are
     * added to {@code into}'s (points and {@code invited} summed, the later {@code reachedAt}
     * kept) and removed. Unit counters do not change. Balances are moved separately by
     * {@link #changeAccount}; keyed operations and referral payloads keep the ids as given. Both
     * accounts are locked in this transaction.
     *
     * @param from the account that goes away
     * @param into the account that stays
     */
    void moveAccount(String from, String into);

    // ---------------------------------------------------------------- boards

    /**
     * Reads consecutive rows of a board.
     *
     * @param source what it counts
     * @param offset how many rows to skip, 0 or more
     * @param limit how many rows at most, 1 or more
     * @return the rows with both ranks, and the number of listed rows
     */
    BoardSlice board(BoardSource source, long offset, int limit);

    /**
     * @param source what the board counts
     * @param id an account, or a unit on a unit board
     * @return its row as the full board lists it, or empty when it is not listed
     */
    Optional<RankedRow> boardRow(BoardSource source, String id);

    // ---------------------------------------------------------------- batches
    // Set-wise forms for a batch of credits in one transaction. The defaults loop over the
    // single-row methods; an override must answer and change exactly what the loop would.

    /**
     * Locks accounts as {@link #lockAccount} does, one after the other in the order given.
     *
     * @param accounts distinct accounts in code-point order
     * @return their balances and debts, by account
     * @since 0.1
     */
    default Map<String, AccountState> lockAccounts(List<String> accounts) {
        Map<String, AccountState> states = new HashMap<>();
        for (String account : accounts) {
            states.put(account, lockAccount(account));
        }
        return states;
    }

    /**
     * Adds to accounts' balances and debts as {@link #changeAccount} does, in the order given.
     * Every account is locked in this transaction.
     *
     * @param deltas per account in code-point order, the balance and debt to add
     * @since 0.1
     */
    default void changeAccounts(SortedMap<String, AccountState> deltas) {
        deltas.forEach((account, delta) -> changeAccount(account, delta.balance(), delta.debt()));
    }

    /**
     * @param referralIds referral ids
     * @return the referrals among them that were credited, by id
     * @since 0.1
     */
    default Map<String, ReferralRecord> referrals(Collection<String> referralIds) {
        Map<String, ReferralRecord> found = new HashMap<>();
        for (String id : referralIds) {
            referral(id).ifPresent(r -> found.put(id, r));
        }
        return found;
    }

    /**
     * Records referrals with their awards, as {@link #insertReferral} does one by one.
     *
     * @param referrals the referrals, in order
     * @since 0.1
     */
    default void insertReferrals(List<ReferralRecord> referrals) {
        referrals.forEach(this::insertReferral);
    }
}
