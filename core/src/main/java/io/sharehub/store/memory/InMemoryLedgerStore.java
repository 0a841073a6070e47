package io.sharehub.store.memory;

import io.sharehub.Page;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.spi.AccountState;
import io.sharehub.points.spi.AwardRecord;
import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.CounterDelta;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.DayEdge;
import io.sharehub.points.spi.EntryDraft;
import io.sharehub.points.spi.KeyedOperation;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.points.spi.RankedRow;
import io.sharehub.points.spi.ReferralRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger in memory. Guarded by the set's {@link InMemoryTransactions}: reads share the lock,
 * writes hold it alone, so the structures are plain collections and {@link #lockAccount} needs no
 * lock of its own.
 *
 * <p>Campaign boards are kept ranked in order-statistic trees ({@link CampaignBoard}); day
 * counters are compact arrays ({@link DayCounters}) that a range read sums into a
 * {@link RangeBoard} with the awards of its edge days. The last few range boards summed are kept
 * until the next write that can change one (a day counter, an award, a merge).
 */
final class InMemoryLedgerStore implements LedgerStore {
    private static final Comparator<Entry> ENTRY_ORDER = Comparator.<Entry, Instant>comparing(e -> e.instant)
            .thenComparingLong(e -> e.sequence);

    /** One ledger entry, its fields held flat (it lives as long as the store). */
    private static final class Entry {
        final long sequence;
        String account;
        final long amount;
        final EntryReason reason;
        final String campaignId;
        final String referralId;
        final Instant instant;
        final String key;
        final String note;

        Entry(long sequence, EntryDraft draft) {
            this.sequence = sequence;
            this.account = draft.account();
            this.amount = draft.amount();
            this.reason = draft.reason();
            this.campaignId = draft.campaignId();
            this.referralId = draft.referralId();
            this.instant = draft.instant();
            this.key = draft.key();
            this.note = draft.note();
        }

        LedgerEntry toEntry() {
            return new LedgerEntry(sequence, account, amount, reason, campaignId, referralId, instant, key, note);
        }
    }

    /**
     * Everything kept per account, found with one lookup: balance, debt, entries in (instant,
     * sequence) order, awards, and the account's number in the day counters.
     */
    private static final class Account {
        final int number;
        long balance;
        long debt;
        List<Entry> entries;
        List<Award> awards;

        Account(int number) {
            this.number = number;
        }

        List<Entry> entries() {
            if (entries == null) {
                entries = new ArrayList<>(4);
            }
            return entries;
        }

        List<Award> awards() {
            if (awards == null) {
                awards = new ArrayList<>(4);
            }
            return awards;
        }
    }

    private static final class Referral {
        final String referralId;
        final String campaignId;
        final Instant instant;
        final long day;
        final String payload;
        final Award[] awards;
        Instant reversedAt;
        /** Its entries in append order, or {@code null} while it has none. */
        List<Entry> entries;

        Referral(ReferralRecord given) {
            this.referralId = given.referralId();
            this.campaignId = given.campaignId();
            this.instant = given.instant();
            this.day = given.day();
            this.payload = given.payload();
            this.awards = new Award[given.awards().size()];
        }

        ReferralRecord toRecord() {
            List<AwardRecord> records = new ArrayList<>(awards.length);
            for (Award award : awards) {
                records.add(new AwardRecord(award.level, award.account, award.amount, award.unit, award.taken,
                        award.debtAdded));
            }
            return new ReferralRecord(referralId, campaignId, instant, day, payload, records, reversedAt);
        }
    }

    /** One recorded award, with what range reads need held directly so an edge day is one pass. */
    private static final class Award {
        final Referral referral;
        final int level;
        String account;
        int accountNumber;
        final long amount;
        final String unit;
        final int unitNumber;
        final long seconds;
        final int nanos;
        boolean reversed;
        long taken;
        long debtAdded;

        Award(Referral referral, AwardRecord record, int accountNumber, int unitNumber) {
            this.referral = referral;
            this.level = record.level();
            this.account = record.account();
            this.accountNumber = accountNumber;
            this.amount = record.amount();
            this.unit = record.unit();
            this.unitNumber = unitNumber;
            this.seconds = referral.instant.getEpochSecond();
            this.nanos = referral.instant.getNano();
        }

        boolean within(DayEdge edge) {
            return !before(edge.from()) && before(edge.to());
        }

        private boolean before(Instant instant) {
            return seconds < instant.getEpochSecond() || seconds == instant.getEpochSecond() && nanos < instant.getNano();
        }
    }

    /** Numbers ids densely so that range reads can sum into arrays. */
    private static final class Interner {
        final Map<String, Integer> numbers = new HashMap<>();
        final List<String> names = new ArrayList<>();

        int intern(String id) {
            Integer n = numbers.get(id);
            if (n == null) {
                n = names.size();
                numbers.put(id, n);
                names.add(id);
            }
            return n;
        }

        int number(String id) {
            Integer n = numbers.get(id);
            return n == null ? -1 : n;
        }
    }

    /** Accounts by id; an account's number is its index in {@link #accountNames}. */
    private final Map<String, Account> accounts = new HashMap<>();
    private final List<String> accountNames = new ArrayList<>();
    private long nextSequence = 1;
    private final Map<String, List<Entry>> entriesByKey = new HashMap<>();
    /** Entries naming a referral the store does not hold (yet); a held referral keeps its own. */
    private final Map<String, List<Entry>> entriesByReferral = new HashMap<>();
    private final Map<String, KeyedOperation> operations = new HashMap<>();
    private final Map<String, Referral> referrals = new HashMap<>();
    private final Map<String, List<Award>> awardsByUnit = new HashMap<>();
    private final Map<Long, List<Award>> awardsByDay = new HashMap<>();
    private final Map<String, CampaignBoard> campaignAccounts = new HashMap<>();
    private final Map<String, CampaignBoard> campaignUnits = new HashMap<>();
    private final Map<Long, DayCounters> dayAccounts = new HashMap<>();
    private final Map<Long, DayCounters> dayUnits = new HashMap<>();
    private final Interner unitNumbers = new Interner();
    /**
     * Range boards summed by earlier reads, at most {@link #RANGES_KEPT}. Reads share the lock and
     * may race to sum and keep the same board (equal boards: either one serves); writes, holding
     * the lock alone, drop them all through {@link #rangesChanged()} before they change anything
     * a range board sums.
     */
    private final Map<BoardSource, RangeBoard> ranges = new ConcurrentHashMap<>();
    private static final int RANGES_KEPT = 4;

    /** Drops the kept range boards: a day counter, an award or an account's number changes. */
    private void rangesChanged() {
        if (!ranges.isEmpty()) {
            ranges.clear();
        }
    }

    /** @return the account, created (and numbered) when new; writes only */
    private Account accountFor(String id) {
        Account account = accounts.get(id);
        if (account == null) {
            account = new Account(accountNames.size());
            accountNames.add(id);
            accounts.put(id, account);
        }
        return account;
    }

    private int accountNumber(String id) {
        Account account = accounts.get(id);
        return account == null ? -1 : account.number;
    }

    // ---------------------------------------------------------------- accounts

    @Override
    public AccountState lockAccount(String account) {
        Account a = accountFor(account);
        return new AccountState(a.balance, a.debt);
    }

    @Override
    public AccountState account(String account) {
        Account a = accounts.get(account);
        return a == null ? AccountState.EMPTY : new AccountState(a.balance, a.debt);
    }

    @Override
    public void changeAccount(String account, long balanceDelta, long debtDelta) {
        Account a = accountFor(account);
        a.balance += balanceDelta;
        a.debt += debtDelta;
    }

    // ---------------------------------------------------------------- entries

    @Override
    public List<LedgerEntry> append(List<EntryDraft> drafts) {
        List<LedgerEntry> stored = new ArrayList<>(drafts.size());
        for (EntryDraft draft : drafts) {
            Entry entry = new Entry(nextSequence++, draft);
            insertSorted(accountFor(entry.account).entries(), entry);
            if (draft.key() != null) {
                entriesByKey.computeIfAbsent(draft.key(), k -> new ArrayList<>()).add(entry);
            }
            if (draft.referralId() != null) {
                Referral referral = referrals.get(draft.referralId());
                if (referral != null) {
                    if (referral.entries == null) {
                        referral.entries = new ArrayList<>(4);
                    }
                    referral.entries.add(entry);
                } else {
                    entriesByReferral.computeIfAbsent(draft.referralId(), r -> new ArrayList<>()).add(entry);
                }
            }
            stored.add(entry.toEntry());
        }
        return stored;
    }

    private static void insertSorted(List<Entry> list, Entry entry) {
        int at = list.size();
        // Entries mostly arrive in instant order; walk back over the few that are later.
        while (at > 0 && ENTRY_ORDER.compare(list.get(at - 1), entry) > 0) {
            at--;
        }
        list.add(at, entry);
    }

    @Override
    public List<LedgerEntry> entriesWithKey(String key) {
        return entriesByKey.getOrDefault(key, List.of()).stream().map(Entry::toEntry).toList();
    }

    @Override
    public List<LedgerEntry> entriesOfReferral(String referralId) {
        Referral referral = referrals.get(referralId);
        List<Entry> entries = referral != null ? referral.entries : entriesByReferral.get(referralId);
        return entries == null ? List.of() : entries.stream().map(Entry::toEntry).toList();
    }

    @Override
    public Page<LedgerEntry> entries(String account, int page, int size) {
        Account a = accounts.get(account);
        List<Entry> list = a == null || a.entries == null ? List.of() : a.entries;
        List<LedgerEntry> items = new ArrayList<>();
        long first = (long) list.size() - 1 - (long) page * size;
        for (long i = first; i >= 0 && i > first - size; i--) {
            items.add(list.get((int) i).toEntry());
        }
        return new Page<>(items, page, size, list.size());
    }

    // ---------------------------------------------------------------- idempotency

    @Override
    public Optional<KeyedOperation> keyedOperation(String key) {
        return Optional.ofNullable(operations.get(key));
    }

    @Override
    public void insertKeyedOperation(KeyedOperation operation) {
        if (operations.putIfAbsent(operation.key(), operation) != null) {
            throw new IllegalStateException("ledger key " + operation.key() + " is already recorded");
        }
    }

    @Override
    public Optional<ReferralRecord> referral(String referralId) {
        Referral referral = referrals.get(referralId);
        return referral == null ? Optional.empty() : Optional.of(referral.toRecord());
    }

    @Override
    public Optional<ReferralRecord> lockReferral(String referralId) {
        return referral(referralId);
    }

    @Override
    public void insertReferral(ReferralRecord record) {
        if (referrals.containsKey(record.referralId())) {
            throw new IllegalStateException("referral " + record.referralId() + " is already recorded");
        }
        rangesChanged();
        Referral referral = new Referral(record);
        List<Award> ofDay = null;
        for (int i = 0; i < referral.awards.length; i++) {
            AwardRecord awardRecord = record.awards().get(i);
            Account account = accountFor(awardRecord.account());
            Award award = new Award(referral, awardRecord, account.number,
                    awardRecord.unit() == null ? -1 : unitNumbers.intern(awardRecord.unit()));
            referral.awards[i] = award;
            account.awards().add(award);
            if (award.unit != null) {
                awardsByUnit.computeIfAbsent(award.unit, u -> new ArrayList<>()).add(award);
            }
            if (ofDay == null) {
                ofDay = awardsByDay.computeIfAbsent(record.day(), d -> new ArrayList<>());
            }
            ofDay.add(award);
        }
        referral.entries = entriesByReferral.remove(record.referralId());
        referrals.put(record.referralId(), referral);
    }

    @Override
    public void markReversed(String referralId, Instant reversedAt, List<AwardRecord> awards) {
        rangesChanged();
        Referral referral = referrals.get(referralId);
        referral.reversedAt = reversedAt;
        for (int i = 0; i < awards.size(); i++) {
            referral.awards[i].reversed = true;
            referral.awards[i].taken = awards.get(i).taken();
            referral.awards[i].debtAdded = awards.get(i).debtAdded();
        }
    }

    // ---------------------------------------------------------------- counters

    @Override
    public void applyCounters(List<CounterDelta> deltas) {
        rangesChanged();
        for (CounterDelta delta : deltas) {
            CounterKey key = delta.key();
            switch (key.kind()) {
                case CAMPAIGN_ACCOUNT -> campaignAccounts.computeIfAbsent(key.campaignId(), c -> new CampaignBoard())
                        .apply(key.subject(), delta.points(), delta.invited(), delta.reachedAt());
                case CAMPAIGN_UNIT -> campaignUnits.computeIfAbsent(key.campaignId(), c -> new CampaignBoard())
                        .apply(key.subject(), delta.points(), delta.invited(), delta.reachedAt());
                case DAY_ACCOUNT -> dayAccounts.computeIfAbsent(key.day(), d -> new DayCounters())
                        .apply(accountFor(key.subject()).number, delta.points(), delta.invited(), delta.reachedAt());
                case DAY_UNIT -> dayUnits.computeIfAbsent(key.day(), d -> new DayCounters())
                        .apply(unitNumbers.intern(key.subject()), delta.points(), delta.invited(), delta.reachedAt());
                default -> throw new IllegalArgumentException(key.kind().name());
            }
        }
    }

    @Override
    public void recomputeReachedAt(List<CounterKey> keys) {
        rangesChanged();
        for (CounterKey key : keys) {
            List<Award> awards = key.kind().perUnit() ? awardsByUnit.getOrDefault(key.subject(), List.of())
                    : awardsOf(key.subject());
            Instant latest = null;
            for (Award award : awards) {
                boolean inScope = key.kind().perCampaign() ? award.referral.campaignId.equals(key.campaignId())
                        : award.referral.day == key.day();
                Instant instant = award.referral.instant;
                if (inScope && !award.reversed && award.amount > 0 && (latest == null || instant.isAfter(latest))) {
                    latest = instant;
                }
            }
            switch (key.kind()) {
                case CAMPAIGN_ACCOUNT -> setReachedAt(campaignAccounts.get(key.campaignId()), key.subject(), latest);
                case CAMPAIGN_UNIT -> setReachedAt(campaignUnits.get(key.campaignId()), key.subject(), latest);
                case DAY_ACCOUNT -> setReachedAt(dayAccounts.get(key.day()), accountNumber(key.subject()), latest);
                case DAY_UNIT -> setReachedAt(dayUnits.get(key.day()), unitNumbers.number(key.subject()), latest);
                default -> throw new IllegalArgumentException(key.kind().name());
            }
        }
    }

    private static void setReachedAt(CampaignBoard board, String subject, Instant reachedAt) {
        if (board != null) {
            board.setReachedAt(subject, reachedAt);
        }
    }

    private static void setReachedAt(DayCounters day, int subject, Instant reachedAt) {
        if (day != null && subject >= 0) {
            day.setReachedAt(subject, reachedAt);
        }
    }

    @Override
    public long points(CounterKey key) {
        return switch (key.kind()) {
            case CAMPAIGN_ACCOUNT -> points(campaignAccounts.get(key.campaignId()), key.subject());
            case CAMPAIGN_UNIT -> points(campaignUnits.get(key.campaignId()), key.subject());
            case DAY_ACCOUNT -> points(dayAccounts.get(key.day()), accountNumber(key.subject()));
            case DAY_UNIT -> points(dayUnits.get(key.day()), unitNumbers.number(key.subject()));
        };
    }

    private static long points(CampaignBoard board, String subject) {
        return board == null ? 0 : board.points(subject);
    }

    private static long points(DayCounters day, int subject) {
        return day == null || subject < 0 ? 0 : day.points(subject);
    }

    // ---------------------------------------------------------------- merge

    private List<Award> awardsOf(String account) {
        Account a = accounts.get(account);
        return a == null || a.awards == null ? List.of() : a.awards;
    }

    @Override
    public void moveAccount(String from, String into) {
        rangesChanged();
        Account source = accounts.get(from);
        if (source == null) {
            return;
        }
        Account target = accountFor(into);
        List<Entry> moved = source.entries;
        source.entries = null;
        if (moved != null) {
            for (Entry entry : moved) {
                entry.account = into;
            }
            target.entries().addAll(moved);
            target.entries.sort(ENTRY_ORDER);
        }
        List<Award> awards = source.awards;
        source.awards = null;
        if (awards == null) {
            return;
        }
        Set<String> campaigns = new HashSet<>();
        Set<Long> days = new HashSet<>();
        for (Award award : awards) {
            award.account = into;
            award.accountNumber = target.number;
            campaigns.add(award.referral.campaignId);
            days.add(award.referral.day);
        }
        target.awards().addAll(awards);
        for (String campaign : campaigns) {
            CampaignBoard board = campaignAccounts.get(campaign);
            CounterRow row = board == null ? null : board.remove(from);
            if (row != null) {
                board.apply(into, row.points, row.invited, row.reachedAt());
            }
        }
        for (Long day : days) {
            DayCounters counters = dayAccounts.get(day);
            if (counters != null) {
                counters.moveInto(source.number, target.number);
            }
        }
    }

    // ---------------------------------------------------------------- boards

    @Override
    public BoardSlice board(BoardSource source, long offset, int limit) {
        if (source.isCampaign()) {
            CampaignBoard board = campaignBoards(source.subject()).get(source.campaignId());
            return board == null ? new BoardSlice(List.of(), 0) : board.slice(offset, limit);
        }
        return rangeBoard(source).slice(offset, limit);
    }

    @Override
    public Optional<RankedRow> boardRow(BoardSource source, String id) {
        if (source.isCampaign()) {
            CampaignBoard board = campaignBoards(source.subject()).get(source.campaignId());
            return board == null ? Optional.empty() : board.row(id);
        }
        return rangeBoard(source).row(source.subject() == BoardSubject.UNITS ? unitNumbers.number(id)
                : accountNumber(id));
    }

    private Map<String, CampaignBoard> campaignBoards(BoardSubject subject) {
        return subject == BoardSubject.UNITS ? campaignUnits : campaignAccounts;
    }

    private RangeBoard rangeBoard(BoardSource source) {
        RangeBoard kept = ranges.get(source);
        if (kept != null) {
            return kept;
        }
        RangeBoard board = sum(source);
        if (ranges.size() >= RANGES_KEPT) {
            ranges.clear();
        }
        ranges.put(source, board);
        return board;
    }

    private RangeBoard sum(BoardSource source) {
        boolean units = source.subject() == BoardSubject.UNITS;
        Map<Long, DayCounters> days = units ? dayUnits : dayAccounts;
        // Every award's account and unit were numbered when its day counters were written (or
        // its account merged), so a read numbers nothing: it may run beside other reads.
        RangeBoard board = new RangeBoard(units ? unitNumbers.names : accountNames);
        if (source.toDay() - source.fromDay() <= days.size()) {
            for (long day = source.fromDay(); day < source.toDay(); day++) {
                DayCounters counters = days.get(day);
                if (counters != null) {
                    board.add(counters);
                }
            }
        } else {
            days.forEach((day, counters) -> {
                if (day >= source.fromDay() && day < source.toDay()) {
                    board.add(counters);
                }
            });
        }
        for (DayEdge edge : source.edges()) {
            for (Award award : awardsByDay.getOrDefault(edge.day(), List.of())) {
                int subject = units ? award.unitNumber : award.accountNumber;
                if (subject >= 0 && !award.reversed && award.within(edge)) {
                    board.add(subject, award.amount, award.level == 1 ? 1 : 0,
                            award.amount > 0 ? award.seconds : DayCounters.NONE, award.nanos);
                }
            }
        }
        return board.seal();
    }
}
