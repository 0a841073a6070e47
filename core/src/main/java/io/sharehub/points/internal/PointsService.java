package io.sharehub.points.internal;

import io.sharehub.IdempotencyConflictException;
import io.sharehub.Ids;
import io.sharehub.InsufficientPointsException;
import io.sharehub.InvalidInputException;
import io.sharehub.Page;
import io.sharehub.UnknownEntityException;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import io.sharehub.internal.Time;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.LedgerOutcome;
import io.sharehub.points.Points;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.Reversal;
import io.sharehub.points.ReversedAward;
import io.sharehub.points.spi.AccountState;
import io.sharehub.points.spi.AwardRecord;
import io.sharehub.points.spi.CounterDelta;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.CounterKind;
import io.sharehub.points.spi.EntryDraft;
import io.sharehub.points.spi.KeyedOperation;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.points.spi.ReferralRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The ledger over a {@link LedgerStore}. */
public final class PointsService implements Points {
    private static final String LEDGER_KEY = "ledgerKey";
    private static final String REFERRAL_ID = "referralId";
    // Field names of the three award levels, built once rather than on every credit.
    private static final String[] AWARD_FIELDS = {"awards[0]", "awards[1]", "awards[2]"};
    private static final String[] AWARD_ACCOUNT_FIELDS = {"awards[0].account", "awards[1].account",
        "awards[2].account"};
    private static final String[] AWARD_AMOUNT_FIELDS = {"awards[0].amount", "awards[1].amount", "awards[2].amount"};
    private static final String[] AWARD_UNIT_FIELDS = {"awards[0].unit", "awards[1].unit", "awards[2].unit"};

    private final HubContext hub;
    private final LedgerStore base;
    /** The store a batch of the calling thread sees ({@link #within}), or none. */
    private final ThreadLocal<LedgerStore> batch = new ThreadLocal<>();
    private final Runnable boardsChanged;

    /**
     * @param hub the hub's stores, clock and zone
     * @param boardsChanged run after the commit of every write that changes a leaderboard
     */
    public PointsService(HubContext hub, Runnable boardsChanged) {
        this.hub = hub;
        this.base = hub.stores().ledger();
        this.boardsChanged = boardsChanged;
    }

    /**
     * Runs work, inside the caller's transaction, with this ledger reading and writing through
     * another view of its store: a batch's, which answers from rows it read set-wise and holds
     * changes back until the batch writes them.
     *
     * @param view the store as the batch sees it
     * @param work the work
     * @param <T> what the work returns
     * @return what the work returned
     */
    public <T> T within(LedgerStore view, java.util.function.Supplier<T> work) {
        LedgerStore before = batch.get();
        batch.set(view);
        try {
            return work.get();
        } finally {
            if (before == null) {
                batch.remove();
            } else {
                batch.set(before);
            }
        }
    }

    private LedgerStore store() {
        LedgerStore view = batch.get();
        return view == null ? base : view;
    }

    // ---------------------------------------------------------------- referral credit

    @Override
    public LedgerOutcome credit(ReferralCredit credit) {
        Check.given("credit", credit);
        String referralId = Check.id(REFERRAL_ID, credit.referralId());
        String campaignId = Check.id("campaignId", credit.campaignId());
        List<ReferralAward> awards = checkAwards(credit.awards());
        Long cap = credit.dailyCap() == null ? null : Check.notNegative("dailyCap", credit.dailyCap());
        Instant instant = hub.instantOf("instant", credit.instant());
        String payload = payload(campaignId, awards, cap);
        long day = Time.day(instant, hub.zone());
        return hub.tx().write(() -> {
            Optional<LedgerOutcome> repeat = repeatOf(referralId, payload, credit.instant());
            if (repeat.isPresent()) {
                return repeat.get();
            }
            String[] accounts = new String[awards.size()];
            for (int i = 0; i < accounts.length; i++) {
                accounts[i] = awards.get(i).account();
            }
            Ledger ledger = lockAll(accounts);
            // A credit of the same referral may have committed while this one waited for the locks.
            repeat = repeatOf(referralId, payload, credit.instant());
            if (repeat.isPresent()) {
                return repeat.get();
            }
            Map<String, Long> earned = cap == null ? null : new TreeMap<>(Ids.ORDER);
            List<AwardRecord> records = new ArrayList<>(awards.size());
            for (ReferralAward award : awards) {
                long amount = award.amount();
                if (cap != null && amount > 0) {
                    // Read under the account's lock: every write to its day counter holds that lock.
                    long already = earned.computeIfAbsent(award.account(), a -> store().points(
                            CounterKey.ofDay(CounterKind.DAY_ACCOUNT, day, a)));
                    amount = Math.min(amount, Math.max(0, cap - already));
                    earned.put(award.account(), already + amount);
                }
                if (award.level() == 1 || amount > 0) {
                    records.add(new AwardRecord(award.level(), award.account(), amount, award.unit(), 0, 0));
                }
            }
            store().insertReferral(new ReferralRecord(referralId, campaignId, instant, day, payload, records, null));
            for (AwardRecord award : records) {
                if (award.amount() > 0) {
                    ledger.credit(award.account(), award.amount(), EntryReason.referral(award.level()), campaignId,
                            referralId, instant, null, null);
                }
            }
            List<LedgerEntry> written = ledger.write();
            store().applyCounters(counterDeltas(campaignId, day, instant, records, 1));
            hub.tx().afterCommit(boardsChanged);
            return new LedgerOutcome(written);
        });
    }

    /** The recorded outcome of a credit of this referral, or a conflict when it asked for something else. */
    private Optional<LedgerOutcome> repeatOf(String referralId, String payload, Instant givenInstant) {
        Optional<ReferralRecord> existing = store().referral(referralId);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        ReferralRecord recorded = existing.get();
        if (!recorded.payload().equals(payload)) {
            throw new IdempotencyConflictException(REFERRAL_ID, referralId,
                    "recorded " + recorded.payload() + ", given " + payload);
        }
        if (givenInstant != null && !givenInstant.equals(recorded.instant())) {
            throw new IdempotencyConflictException(REFERRAL_ID, referralId,
                    "instant: recorded " + recorded.instant() + ", given " + givenInstant);
        }
        return Optional.of(new LedgerOutcome(store().entriesOfReferral(referralId).stream()
                .filter(e -> e.reason() != EntryReason.REVERSAL).toList()));
    }

    private static List<ReferralAward> checkAwards(List<ReferralAward> awards) {
        Check.given("awards", awards);
        if (awards.isEmpty() || awards.size() > 3) {
            throw new InvalidInputException("awards",
                    "must hold 1 to 3 levels (rewards stop at three levels, by law)", awards.size() + " levels");
        }
        for (int i = 0; i < awards.size(); i++) {
            ReferralAward award = awards.get(i);
            String field = AWARD_FIELDS[i];
            Check.given(field, award);
            if (award.level() != i + 1) {
                throw new InvalidInputException(field + ".level",
                        "must be " + (i + 1) + " (levels are 1 to 3, in order, level 1 the sharer)", award.level());
            }
            Check.id(AWARD_ACCOUNT_FIELDS[i], award.account());
            Check.notNegative(AWARD_AMOUNT_FIELDS[i], award.amount());
            maxAmount(AWARD_AMOUNT_FIELDS[i], award.amount());
            if (award.unit() != null) {
                Check.id(AWARD_UNIT_FIELDS[i], award.unit());
            }
        }
        return awards;
    }

    /** A canonical, unambiguous text of what a credit asks for; ids are length-prefixed. */
    private static String payload(String campaignId, List<ReferralAward> awards, Long cap) {
        StringBuilder out = new StringBuilder(64 + campaignId.length() + 48 * awards.size()).append("campaign ");
        quote(out, campaignId);
        out.append(", daily cap ").append(cap == null ? "none" : cap.toString()).append(", awards");
        for (ReferralAward award : awards) {
            out.append(" L").append(award.level()).append(' ');
            quote(out, award.account());
            out.append(' ').append(award.amount()).append(" unit ");
            if (award.unit() == null) {
                out.append('-');
            } else {
                quote(out, award.unit());
            }
        }
        return out.toString();
    }

    private static void quote(StringBuilder out, String id) {
        out.append(id.length()).append('"').append(id).append('"');
    }

    // ---------------------------------------------------------------- adjustments and redemptions

    @Override
    public LedgerOutcome adjust(String account, long amount, String key, Instant instant, String note) {
        Check.id("account", account);
        if (amount == 0) {
            throw new InvalidInputException("amount", "must not be 0", amount);
        }
        maxAmount("amount", Math.abs(amount));
        return keyed(EntryReason.ADJUSTMENT, account, amount, key, instant, note);
    }

    @Override
    public LedgerOutcome redeem(String account, long amount, String key, Instant instant, String note) {
        Check.id("account", account);
        Check.positive("amount", amount);
        maxAmount("amount", amount);
        return keyed(EntryReason.REDEMPTION, account, amount, key, instant, note);
    }

    private LedgerOutcome keyed(EntryReason reason, String account, long amount, String key, Instant given,
            String note) {
        Check.id("key", key);
        Check.optionalText("note", note, MAX_NOTE);
        Instant instant = hub.instantOf("instant", given);
        long change = reason == EntryReason.REDEMPTION ? -amount : amount;
        return hub.tx().write(() -> {
            Optional<KeyedOperation> existing = store().keyedOperation(key);
            if (existing.isPresent()) {
                checkRepeat(existing.get(), new KeyedOperation(key, reason, account, amount, given, note));
                return new LedgerOutcome(store().entriesWithKey(key));
            }
            AccountState state = store().lockAccount(account);
            // The same key may have committed while this call waited for the lock.
            existing = store().keyedOperation(key);
            if (existing.isPresent()) {
                checkRepeat(existing.get(), new KeyedOperation(key, reason, account, amount, given, note));
                return new LedgerOutcome(store().entriesWithKey(key));
            }
            if (change < 0 && state.balance() < -change) {
                throw new InsufficientPointsException(account, -change, state.balance());
            }
            store().insertKeyedOperation(new KeyedOperation(key, reason, account, amount, instant, note));
            Ledger ledger = new Ledger(new String[] {account}, new AccountState[] {state});
            if (change > 0) {
                ledger.credit(account, change, reason, null, null, instant, key, note);
            } else {
                ledger.add(account, change, reason, null, null, instant, key, note);
            }
            return new LedgerOutcome(ledger.write());
        });
    }

    private static void checkRepeat(KeyedOperation recorded, KeyedOperation given) {
        List<String> differences = new ArrayList<>();
        if (recorded.reason() != given.reason()) {
            differences.add("operation: recorded " + recorded.reason() + ", given " + given.reason());
        }
        if (!recorded.account().equals(given.account())) {
            differences.add("account: recorded \"" + recorded.account() + "\", given \"" + given.account() + '"');
        }
        if (recorded.amount() != given.amount()) {
            differences.add("amount: recorded " + recorded.amount() + ", given " + given.amount());
        }
        if (!Objects.equals(recorded.note(), given.note())) {
            differences.add("note: recorded " + show(recorded.note()) + ", given " + show(given.note()));
        }
        if (given.instant() != null && !given.instant().equals(recorded.instant())) {
            differences.add("instant: recorded " + recorded.instant() + ", given " + given.instant());
        }
        if (!differences.isEmpty()) {
            throw new IdempotencyConflictException(LEDGER_KEY, recorded.key(), String.join("; ", differences));
        }
    }

    private static String show(String text) {
        return text == null ? "none" : '"' + text + '"';
    }

    // ---------------------------------------------------------------- reversal

    @Override
    public Reversal reverseReferral(String referralId, Instant instant) {
        String id = Check.id(REFERRAL_ID, referralId);
        Instant at = hub.instantOf("instant", instant);
        return hub.tx().write(() -> {
            ReferralRecord referral = store().lockReferral(id)
                    .orElseThrow(() -> new UnknownEntityException(REFERRAL_ID, "referral", id));
            if (referral.reversed()) {
                return reversalOf(referral);
            }
            // A merge may move an award to another account between reading the referral and
            // locking its accounts: lock until the accounts read are the accounts locked.
            Map<String, AccountState> states = new TreeMap<>(Ids.ORDER);
            Set<String> accounts = accountsOf(referral.awards());
            while (!states.keySet().containsAll(accounts)) {
                for (String account : accounts) {
                    if (!states.containsKey(account)) {
                        states.put(account, store().lockAccount(account));
                    }
                }
                referral = store().referral(id).orElseThrow();
                accounts = accountsOf(referral.awards());
            }
            Ledger ledger = new Ledger(states);
            List<AwardRecord> reversed = new ArrayList<>();
            for (AwardRecord award : referral.awards()) {
                long taken = Math.min(award.amount(), ledger.balance(award.account()));
                long debt = award.amount() - taken;
                if (taken > 0) {
                    ledger.add(award.account(), -taken, EntryReason.REVERSAL, referral.campaignId(), id, at, null, null);
                }
                ledger.addDebt(award.account(), debt);
                reversed.add(award.reversed(taken, debt));
            }
            store().markReversed(id, at, reversed);
            List<LedgerEntry> written = ledger.write();
            List<CounterDelta> takenBack = counterDeltas(referral.campaignId(), referral.day(), referral.instant(),
                    referral.awards(), -1);
            store().applyCounters(takenBack.stream()
                    .map(d -> new CounterDelta(d.key(), d.points(), d.invited(), null)).toList());
            // Only the counters whose latest award may have been this one need their reachedAt again.
            store().recomputeReachedAt(takenBack.stream().filter(d -> d.reachedAt() != null).map(CounterDelta::key)
                    .toList());
            hub.tx().afterCommit(boardsChanged);
            return new Reversal(id, at, toReversedAwards(reversed), written);
        });
    }

    private Reversal reversalOf(ReferralRecord referral) {
        List<LedgerEntry> entries = store().entriesOfReferral(referral.referralId()).stream()
                .filter(e -> e.reason() == EntryReason.REVERSAL).toList();
        return new Reversal(referral.referralId(), referral.reversedAt(), toReversedAwards(referral.awards()), entries);
    }

    private static List<ReversedAward> toReversedAwards(List<AwardRecord> awards) {
        return awards.stream()
                .map(a -> new ReversedAward(a.level(), a.account(), a.amount(), a.taken(), a.debtAdded()))
                .toList();
    }

    // ---------------------------------------------------------------- reads

    @Override
    public long balance(String account) {
        Check.id("account", account);
        return hub.tx().read(() -> store().account(account).balance());
    }

    @Override
    public long debt(String account) {
        Check.id("account", account);
        return hub.tx().read(() -> store().account(account).debt());
    }

    @Override
    public Page<LedgerEntry> entries(String account, int page, int size) {
        Check.id("account", account);
        Page.check(page, size);
        return hub.tx().read(() -> store().entries(account, page, size));
    }

    @Override
    public long earnedOn(String account, LocalDate hubDay) {
        Check.id("account", account);
        Check.given("hubDay", hubDay);
        return hub.tx().read(() -> store().points(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, hubDay.toEpochDay(),
                account)));
    }

    // ---------------------------------------------------------------- merge

    @Override
    public void mergeAccounts(String fromAccount, String intoAccount) {
        Check.id("fromAccount", fromAccount);
        Check.id("intoAccount", intoAccount);
        if (fromAccount.equals(intoAccount)) {
            throw new InvalidInputException("intoAccount", "must differ from fromAccount", intoAccount);
        }
        hub.tx().write(() -> {
            Ledger locked = lockAll(new String[] {fromAccount, intoAccount});
            AccountState from = locked.state(fromAccount);
            AccountState into = locked.state(intoAccount);
            store().changeAccount(fromAccount, -from.balance(), -from.debt());
            store().changeAccount(intoAccount, from.balance(), from.debt());
            store().moveAccount(fromAccount, intoAccount);
            long settle = Math.min(into.balance() + from.balance(), into.debt() + from.debt());
            if (settle > 0) {
                store().append(List.of(new EntryDraft(intoAccount, -settle, EntryReason.DEBT_REPAYMENT, null, null,
                        hub.now(), null, "debt paid from the balance of merged account \"" + fromAccount + '"')));
                store().changeAccount(intoAccount, -settle, -settle);
            }
            hub.tx().afterCommit(boardsChanged);
            return null;
        });
    }

    // ---------------------------------------------------------------- helpers

    private static void maxAmount(String field, long amount) {
        if (amount > MAX_AMOUNT) {
            throw new InvalidInputException(field, "must be at most " + MAX_AMOUNT + " points", amount);
        }
    }

    private static Set<String> accountsOf(List<AwardRecord> awards) {
        Set<String> accounts = new TreeSet<>(Ids.ORDER);
        for (AwardRecord award : awards) {
            accounts.add(award.account());
        }
        return accounts;
    }

    /**
     * Locks accounts in code-point order, the one fixed order every transaction uses.
     *
     * @param accounts the accounts, in any order and possibly repeated; sorted in place
     * @return the ledger of those accounts as locked
     */
    private Ledger lockAll(String[] accounts) {
        // A handful of accounts: an insertion sort and a dedupe beat building sorted sets.
        int n = 0;
        for (String account : accounts) {
            int at = n;
            while (at > 0 && Ids.compare(accounts[at - 1], account) > 0) {
                at--;
            }
            if (at > 0 && accounts[at - 1].equals(account)) {
                continue;
            }
            System.arraycopy(accounts, at, accounts, at + 1, n - at);
            accounts[at] = account;
            n++;
        }
        String[] ordered = n == accounts.length ? accounts : Arrays.copyOf(accounts, n);
        AccountState[] states = new AccountState[n];
        for (int i = 0; i < n; i++) {
            states[i] = store().lockAccount(ordered[i]);
        }
        return new Ledger(ordered, states);
    }

    /**
     * The counter increments of a referral's awards, one per row in {@link CounterKey#ORDER};
     * {@code sign} -1 takes them back.
     */
    private static List<CounterDelta> counterDeltas(String campaignId, long day, Instant instant,
            List<AwardRecord> awards, int sign) {
        // At most 3 awards × 4 keys: sum into a short list, then sort it.
        List<CounterDelta> deltas = new ArrayList<>(awards.size() * 4);
        for (AwardRecord award : awards) {
            long points = sign * award.amount();
            long invited = award.level() == 1 ? sign : 0;
            Instant reachedAt = award.amount() > 0 ? instant : null;
            add(deltas, CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, campaignId, award.account()), points,
                    invited, reachedAt);
            add(deltas, CounterKey.ofDay(CounterKind.DAY_ACCOUNT, day, award.account()), points, invited, reachedAt);
            if (award.unit() != null) {
                add(deltas, CounterKey.ofCampaign(CounterKind.CAMPAIGN_UNIT, campaignId, award.unit()), points,
                        invited, reachedAt);
                add(deltas, CounterKey.ofDay(CounterKind.DAY_UNIT, day, award.unit()), points, invited, reachedAt);
            }
        }
        if (deltas.size() > 1) {
            deltas.sort((a, b) -> CounterKey.ORDER.compare(a.key(), b.key()));
        }
        return deltas;
    }

    private static void add(List<CounterDelta> deltas, CounterKey key, long points, long invited, Instant reachedAt) {
        for (int i = 0; i < deltas.size(); i++) {
            CounterDelta d = deltas.get(i);
            if (d.key().equals(key)) {
                deltas.set(i, new CounterDelta(key, d.points() + points, d.invited() + invited,
                        reachedAt != null ? reachedAt : d.reachedAt()));
                return;
            }
        }
        deltas.add(new CounterDelta(key, points, invited, reachedAt));
    }

    /**
     * The entries one operation writes and the account changes they make, applied together. A
     * positive credit is followed by a debt repayment while the account has debt. The accounts are
     * few (one to three) and in code-point order, the order their changes are written in.
     */
    private final class Ledger {
        private final String[] accounts;
        private final long[] balance;
        private final long[] debt;
        private final long[] balanceChange;
        private final long[] debtChange;
        private final List<EntryDraft> drafts = new ArrayList<>(4);

        /** @param states the locked accounts in code-point order */
        Ledger(Map<String, AccountState> states) {
            this(states.keySet().toArray(new String[0]), states.values().toArray(new AccountState[0]));
        }

        /** @param accounts the locked accounts in code-point order, with their states */
        Ledger(String[] accounts, AccountState[] states) {
            this.accounts = accounts;
            int n = accounts.length;
            balance = new long[n];
            debt = new long[n];
            balanceChange = new long[n];
            debtChange = new long[n];
            for (int i = 0; i < n; i++) {
                balance[i] = states[i].balance();
                debt[i] = states[i].debt();
            }
        }

        private int index(String account) {
            for (int i = 0; i < accounts.length; i++) {
                if (accounts[i].equals(account)) {
                    return i;
                }
            }
            throw new IllegalStateException("account " + account + " is not locked");
        }

        AccountState state(String account) {
            int i = index(account);
            return new AccountState(balance[i], debt[i]);
        }

        long balance(String account) {
            return balance[index(account)];
        }

        void credit(String account, long amount, EntryReason reason, String campaignId, String referralId,
                Instant instant, String key, String note) {
            add(account, amount, reason, campaignId, referralId, instant, key, note);
            long repay = Math.min(amount, debt[index(account)]);
            if (repay > 0) {
                add(account, -repay, EntryReason.DEBT_REPAYMENT, campaignId, referralId, instant, key, null);
                addDebt(account, -repay);
            }
        }

        void add(String account, long amount, EntryReason reason, String campaignId, String referralId,
                Instant instant, String key, String note) {
            drafts.add(new EntryDraft(account, amount, reason, campaignId, referralId, instant, key, note));
            int i = index(account);
            balance[i] += amount;
            balanceChange[i] += amount;
        }

        void addDebt(String account, long delta) {
            if (delta != 0) {
                int i = index(account);
                debt[i] += delta;
                debtChange[i] += delta;
            }
        }

        List<LedgerEntry> write() {
            List<LedgerEntry> written = drafts.isEmpty() ? List.of() : store().append(drafts);
            for (int i = 0; i < accounts.length; i++) {
                if (balanceChange[i] != 0 || debtChange[i] != 0) {
                    store().changeAccount(accounts[i], balanceChange[i], debtChange[i]);
                }
            }
            return written;
        }
    }
}
