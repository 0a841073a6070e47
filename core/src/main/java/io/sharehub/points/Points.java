package io.sharehub.points;

import io.sharehub.Page;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The points ledger: whole points in append-only entries, per account.
 *
 * <p>Rules, whatever the store and however many application instances share it:
 * <ul>
 *   <li>The <b>balance</b> is the sum of the account's entries and never goes below zero. A
 *       redemption or negative adjustment larger than the balance fails whole with
 *       {@link io.sharehub.InsufficientPointsException}, also when two race for the same points.</li>
 *   <li>A reversal of {@code A} points when the balance is {@code B} writes
 *       {@code REVERSAL −min(A, B)} and adds the rest to the account's <b>debt</b>. Every later
 *       positive entry is followed by {@code DEBT_REPAYMENT −min(amount, debt)}, so an account
 *       with debt has a balance of 0.</li>
 *   <li>Every recording call has an idempotency id: the referral id for {@link #credit} and
 *       {@link #reverseReferral}, the ledger key for {@link #adjust} and {@link #redeem}. Ledger
 *       keys are unique across the hub. Repeating a call returns the recorded outcome and writes
 *       nothing; the same id with a different payload throws
 *       {@link io.sharehub.IdempotencyConflictException}. An instant left out of a repeat is not
 *       compared, so a retry without an instant is a repeat.</li>
 *   <li>Instants more than five minutes after the hub's clock are refused; a missing instant
 *       means the hub clock's now.</li>
 * </ul>
 *
 * <p>Thread-safe. Every call checks its whole input before it writes anything and throws
 * {@link io.sharehub.InvalidInputException} naming the field when it breaks a rule.
 */
public interface Points {
    /** The most points one entry, award, adjustment or redemption may carry. */
    long MAX_AMOUNT = 1_000_000_000L;

    /** The longest note, in characters. */
    int MAX_NOTE = 500;

    /**
     * Pays a new referral, all levels at once: one {@code REFERRAL_Ln} entry per award of more
     * than 0 points, each followed by a {@code DEBT_REPAYMENT} when its account has debt. The
     * awards count in the leaderboards of the campaign, of the referral's day and of each
     * earner's unit; the level-1 sharer counts one more {@code invited} even when paid 0.
     * Idempotent per referral id: fission calls it once per new referral, and a retry pays nothing
     * more. With a {@link ReferralCredit#dailyCap() daily cap}, awards are cut to what their
     * accounts may still earn that day, exactly also under concurrency.
     *
     * @param credit the referral and its awards
     * @return the entries written: one {@code REFERRAL_Ln} per level paid more than 0, with the
     *     amount actually paid
     * @throws io.sharehub.InvalidInputException if an id is blank, there are no awards or more
     *     than three, the levels are not 1, 2, 3 in order, an amount is negative or over
     *     {@link #MAX_AMOUNT}, or the cap is negative
     * @throws io.sharehub.IdempotencyConflictException if the referral was credited with other
     *     awards, another campaign, another cap or another instant
     */
    LedgerOutcome credit(ReferralCredit credit);

    /**
     * Corrects an account by hand. A positive adjustment is followed by a {@code DEBT_REPAYMENT}
     * when the account has debt; a negative one fails whole when it is larger than the balance.
     *
     * @param account the account
     * @param amount whole points, positive or negative, not 0, at most {@link #MAX_AMOUNT} either way
     * @param key the idempotency key, unique across the hub
     * @param instant when it happened, or {@code null} for now
     * @param note why, up to {@link #MAX_NOTE} characters, or {@code null}
     * @return the entries written
     * @throws io.sharehub.InsufficientPointsException if a negative amount is larger than the balance
     * @throws io.sharehub.IdempotencyConflictException if the key was used for another operation
     */
    LedgerOutcome adjust(String account, long amount, String key, Instant instant, String note);

    /**
     * Spends points: writes {@code REDEMPTION −amount}, or fails whole when the balance is
     * smaller. Of two redemptions racing for the same points exactly those that fit succeed.
     *
     * @param account the account
     * @param amount whole points to spend, 1 to {@link #MAX_AMOUNT}
     * @param key the idempotency key, unique across the hub
     * @param instant when it happened, or {@code null} for now
     * @param note what was redeemed, up to {@link #MAX_NOTE} characters, or {@code null}
     * @return the entry written
     * @throws io.sharehub.InsufficientPointsException if the balance is smaller than the amount
     * @throws io.sharehub.IdempotencyConflictException if the key was used for another operation
     */
    LedgerOutcome redeem(String account, long amount, String key, Instant instant, String note);

    /**
     * Reverses a referral (fraud, or an identity merge that made it a self-referral): for every
     * award writes {@code REVERSAL −min(amount, balance)} and adds the rest to the account's debt.
     * The referral stops counting in every leaderboard: points, {@code invited} and
     * {@code reachedAt}. A second reversal changes nothing and returns the first one's outcome.
     *
     * @param referralId the referral
     * @param instant when it is reversed, or {@code null} for now
     * @return what was taken back
     * @throws io.sharehub.UnknownEntityException if no referral with that id was credited
     */
    Reversal reverseReferral(String referralId, Instant instant);

    /**
     * @param account an account
     * @return its balance: the sum of its entries, 0 or more; 0 for an account never seen
     */
    long balance(String account);

    /**
     * @param account an account
     * @return the points reversals could not take from its balance and later positive entries
     *     have not yet paid back; 0 for an account never seen
     */
    long debt(String account);

    /**
     * An account's entries, newest first (by instant, then by the order they were written).
     *
     * @param account the account
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page with the total number of entries
     */
    Page<LedgerEntry> entries(String account, int page, int size);

    /**
     * The referral points an account earned on one day in the hub's zone: all levels, all
     * campaigns, reversed referrals left out. Fission uses it for the daily cap.
     *
     * @param account the account
     * @param hubDay a date in the hub's zone
     * @return the points, 0 or more
     */
    long earnedOn(String account, LocalDate hubDay);

    /**
     * Makes everything recorded for one account another's, for an identity merge (an anonymous id
     * that turned out to be a member): entries, balance, debt and every leaderboard count (points
     * and {@code invited} are summed, the later {@code reachedAt} kept). If the merged account
     * then has both a balance and debt, the balance pays the debt back with a
     * {@code DEBT_REPAYMENT} entry. Idempotent: merging again finds nothing left to move. Reverse
     * any referral that would become a self-referral first.
     *
     * @param fromAccount the account that goes away
     * @param intoAccount the account that stays
     * @throws io.sharehub.InvalidInputException if the two are the same
     */
    void mergeAccounts(String fromAccount, String intoAccount);
}
