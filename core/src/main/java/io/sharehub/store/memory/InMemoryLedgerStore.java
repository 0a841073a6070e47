package io.sharehub.store.memory;

import io.sharehub.Page;
import io.sharehub.points.BoardSubject;
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

/**
 * The ledger in memory. Guarded by the set's {@link InMemoryTransactions}: reads share the lock,
 * writes hold it alone, so the structures are plain collections and {@link #lockAccount} needs no
 * lock of its own.
 *
 * <p>Campaign boards are kept ranked in order-statistic trees ({@link CampaignBoard}); day
 * counters are compact arrays ({@link DayCounters}) that a range read sums into a
 * {@link RangeBoard} with the awards of its edge days.
 */
final class InMemoryLedgerStore implements LedgerStore {
    private static final Comparator<Entry> ENTRY_ORDER = Comparator.<Entry, Instant>comparing(e -> e.instant)
            .thenComparingLong(e -> e.sequence);

    private static final class Entry {
        final long sequence;
        String account;
        final EntryDraft draft;
        final Instant instant;

        Entry(long sequence, EntryDraft draft) {
            this.sequence = sequence;
            this.account = draft.account();
            this.draft = draft;
            this.instant = draft.instant();
        }

        LedgerEntry toEntry() {
            return new LedgerEntry(sequence, account, draft.amount(), draft.reason(), draft.campaignId(),
                    draft.referralId(), instant, draft.key(), draft.note());
        }
    }

    private static final class Referral {
        final ReferralRecord given;
        final List<Award> awards = new ArrayList<>();
        Instant reversedAt;

        Referral(ReferralRecord given) {
            this.given = given;
        }

        ReferralRecord toRecord() {
            List<AwardRecord> records = new ArrayList<>(awards.size());
            for (Award award : awards) {
                records.add(new AwardRecord(award.level, award.account, award.amount, award.unit, award.taken,
                        award.debtAdded));
            }
            return new ReferralRecord(given.referralId(), given.campaignId(), given.instant(), given.day(),
                    given.payload(), records, reversedAt);
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
            this.seconds = referral.given.instant().getEpochSecond();
            this.nanos = referral.given.instant().getNano();
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

    private final Map<String, long[]> accounts = new HashMap<>();
    private long nextSequence = 1;
    private final Map<String, List<Entry>> entriesByAccount = new HashMap<>();
    private final Map<String, List<Entry>> entriesByKey = new HashMap<>();
    private final Map<String, List<Entry>> entriesByReferral = new HashMap<>();
    private final Map<String, KeyedOperation> operations = new HashMap<>();
    private final Map<String, Referral> referrals = new HashMap<>();
    private final Map<String, List<Award>> awardsByAccount = new HashMap<>();
    private final Map<String, List<Award>> awardsByUnit = new HashMap<>();
    private final Map<Long, List<Award>> awardsByDay = new HashMap<>();
    private final Map<String, CampaignBoard> campaignAccounts = new HashMap<>();
    private final Map<String, CampaignBoard> campaignUnits = new HashMap<>();
    private final Map<Long, DayCounters> dayAccounts = new HashMap<>();
    private final Map<Long, DayCounters> dayUnits = new HashMap<>();
    private final Interner accountNumbers = new Interner();
    private final Interner unitNumbers = new Interner();

    // ---------------------------------------------------------------- accounts

    @Override
    public AccountState lockAccount(String account) {
        long[] state = accounts.computeIfAbsent(account, a -> new long[2]);
        return new AccountState(state[0], state[1]);
    }

    @Override
    public AccountState account(String account) {
        long[] state = accounts.get(account);
        return state == null ? AccountState.EMPTY : new AccountState(state[0], state[1]);
    }

    @Override
    public void changeAccount(String account, long balanceDelta, long debtDelta) {
        long[] state = accounts.computeIfAbsent(account, a -> new long[2]);
        state[0] += balanceDelta;
        state[1] += debtDelta;
    }

    // ---------------------------------------------------------------- entries

    @Override
    public List<LedgerEntry> append(List<EntryDraft> drafts) {
        List<LedgerEntry> stored = new ArrayList<>(drafts.size());
        for (EntryDraft draft : drafts) {
            Entry entry = new Entry(nextSequence++, draft);
            insertSorted(entriesByAccount.computeIfAbsent(entry.account, a -> new ArrayList<>()), entry);
            if (draft.key() != null) {
                entriesByKey.computeIfAbsent(draft.key(), k -> new ArrayList<>()).add(entry);
            }
            if (draft.referralId() != null) {
                entriesByReferral.computeIfAbsent(draft.referralId(), r -> new ArrayList<>()).add(entry);
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
        return entriesByReferral.getOrDefault(referralId, List.of()).stream().map(Entry::toEntry).toList();
    }

    @Override
    public Page<LedgerEntry> entries(String account, int page, int size) {
        List<Entry> list = entriesByAccount.getOrDefault(account, List.of());
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
        return Optional.ofNullable(referrals.get(referralId)).map(Referral::toRecord);
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
        Referral referral = new Referral(record);
        for (AwardRecord awardRecord : record.awards()) {
            Award award = new Award(referral, awardRecord, accountNumbers.intern(awardRecord.account()),
                    awardRecord.unit() == null ? -1 : unitNumbers.intern(awardRecord.unit()));
            referral.awards.add(award);
            awardsByAccount.computeIfAbsent(award.account, a -> new ArrayList<>()).add(award);
            if (award.unit != null) {
                awardsByUnit.computeIfAbsent(award.unit, u -> new ArrayList<>()).add(award);
            }
            awardsByDay.computeIfAbsent(record.day(), d -> new ArrayList<>()).add(award);
        }
        referrals.put(record.referralId(), referral);
    }

    @Override
    public void markReversed(String referralId, Instant reversedAt, List<AwardRecord> awards) {
        Referral referral = referrals.get(referralId);
        referral.reversedAt = reversedAt;
        for (int i = 0; i < awards.size(); i++) {
            referral.awards.get(i).reversed = true;
            referral.awards.get(i).taken = awards.get(i).taken();
            referral.awards.get(i).debtAdded = awards.get(i).debtAdded();
        }
    }

    // ---------------------------------------------------------------- counters

    @Override
    public void applyCounters(List<CounterDelta> deltas) {
        for (CounterDelta delta : deltas) {
            CounterKey key = delta.key();
            switch (key.kind()) {
                case CAMPAIGN_ACCOUNT -> campaignAccounts.computeIfAbsent(key.campaignId(), c -> new CampaignBoard())
                        .apply(key.subject(), delta.points(), delta.invited(), delta.reachedAt());
                case CAMPAIGN_UNIT -> campaignUnits.computeIfAbsent(key.campaignId(), c -> new CampaignBoard())
                        .apply(key.subject(), delta.points(), delta.invited(), delta.reachedAt());
                case DAY_ACCOUNT -> dayAccounts.computeIfAbsent(key.day(), d -> new DayCounters())
                        .apply(accountNumbers.intern(key.subject()), delta.points(), delta.invited(), delta.reachedAt());
                case DAY_UNIT -> dayUnits.computeIfAbsent(key.day(), d -> new DayCounters())
                        .apply(unitNumbers.intern(key.subject()), delta.points(), delta.invited(), delta.reachedAt());
                default -> throw new IllegalArgumentException(key.kind().name());
            }
        }
    }

    @Override
    public void recomputeReachedAt(List<CounterKey> keys) {
        for (CounterKey key : keys) {
            List<Award> awards = (key.kind().perUnit() ? awardsByUnit : awardsByAccount)
                    .getOrDefault(key.subject(), List.of());
            Instant latest = null;
            for (Award award : awards) {
                boolean inScope = key.kind().perCampaign() ? award.referral.given.campaignId().equals(key.campaignId())
                        : award.referral.given.day() == key.day();
                Instant instant = award.referral.given.instant();
                if (inScope && !award.reversed && award.amount > 0 && (latest == null || instant.isAfter(latest))) {
                    latest = instant;
                }
            }
            switch (key.kind()) {
                case CAMPAIGN_ACCOUNT -> setReachedAt(campaignAccounts.get(key.campaignId()), key.subject(), latest);
                case CAMPAIGN_UNIT -> setReachedAt(campaignUnits.get(key.campaignId()), key.subject(), latest);
                case DAY_ACCOUNT -> setReachedAt(dayAccounts.get(key.day()), accountNumbers.number(key.subject()), latest);
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
            case DAY_ACCOUNT -> points(dayAccounts.get(key.day()), accountNumbers.number(key.subject()));
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

    @Override
    public void moveAccount(String from, String into) {
        List<Entry> moved = entriesByAccount.remove(from);
        if (moved != null) {
            List<Entry> target = entriesByAccount.computeIfAbsent(into, a -> new ArrayList<>());
            for (Entry entry : moved) {
                entry.account = into;
            }
            target.addAll(moved);
            target.sort(ENTRY_ORDER);
        }
        List<Award> awards = awardsByAccount.remove(from);
        if (awards == null) {
            return;
        }
        Set<String> campaigns = new HashSet<>();
        Set<Long> days = new HashSet<>();
        int intoNumber = accountNumbers.intern(into);
        for (Award award : awards) {
            award.account = into;
            award.accountNumber = intoNumber;
            campaigns.add(award.referral.given.campaignId());
            days.add(award.referral.given.day());
        }
        awardsByAccount.computeIfAbsent(into, a -> new ArrayList<>()).addAll(awards);
        for (String campaign : campaigns) {
            CampaignBoard board = campaignAccounts.get(campaign);
            CounterRow row = board == null ? null : board.remove(from);
            if (row != null) {
                board.apply(into, row.points, row.invited, row.reachedAt());
            }
        }
        int fromNumber = accountNumbers.number(from);
        for (Long day : days) {
            DayCounters counters = dayAccounts.get(day);
            if (counters != null && fromNumber >= 0) {
                counters.moveInto(fromNumber, intoNumber);
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
        return rangeBoard(source).row(interner(source.subject()).number(id));
    }

    private Map<String, CampaignBoard> campaignBoards(BoardSubject subject) {
        return subject == BoardSubject.UNITS ? campaignUnits : campaignAccounts;
    }

    private Interner interner(BoardSubject subject) {
        return subject == BoardSubject.UNITS ? unitNumbers : accountNumbers;
    }

    private RangeBoard rangeBoard(BoardSource source) {
        boolean units = source.subject() == BoardSubject.UNITS;
        Map<Long, DayCounters> days = units ? dayUnits : dayAccounts;
        // Every award's account and unit were numbered when its day counters were written (or
        // its account merged), so a read numbers nothing: it may run beside other reads.
        RangeBoard board = new RangeBoard(interner(source.subject()).names);
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
        return board;
    }
}
