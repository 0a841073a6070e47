package io.sharehub.jpa.internal;

import static io.sharehub.jpa.internal.NativeStatements.guard;
import static io.sharehub.jpa.internal.NativeStatements.number;
import static io.sharehub.jpa.internal.NativeStatements.text;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.jpa.internal.entity.LedgerAccount;
import io.sharehub.jpa.internal.entity.LedgerAward;
import io.sharehub.jpa.internal.entity.LedgerCampaignCounter;
import io.sharehub.jpa.internal.entity.LedgerDayCounter;
import io.sharehub.jpa.internal.entity.LedgerEntryRow;
import io.sharehub.jpa.internal.entity.LedgerKeyedOperation;
import io.sharehub.jpa.internal.entity.LedgerReferral;
import io.sharehub.points.BoardSubject;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.spi.AccountState;
import io.sharehub.points.spi.AwardRecord;
import io.sharehub.points.spi.BoardSlice;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.CounterDelta;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.CounterKind;
import io.sharehub.points.spi.DayEdge;
import io.sharehub.points.spi.EntryDraft;
import io.sharehub.points.spi.KeyedOperation;
import io.sharehub.points.spi.LedgerStore;
import io.sharehub.points.spi.RankedRow;
import io.sharehub.points.spi.ReferralRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The points ledger on Jakarta Persistence: entries, keyed operations, referrals and awards are
 * inserted as entities (entries in one JDBC batch per operation); balances and leaderboard
 * counters change by native {@code SET n = n + ?} statements, so that they stay exact when several
 * application instances share the database.
 *
 * <p>Locks, in the order the core takes them in one transaction: the referral row a reversal
 * locks ({@code SELECT ... FOR UPDATE}), then account rows ({@code SELECT ... FOR UPDATE}, the
 * row inserted first when missing) in code-point order, then the inserts of new referral and
 * ledger-key rows (flushed at once, so a concurrent duplicate fails right there), then counter
 * rows as upserts in {@link CounterKey#ORDER}. Awards are rows of their own: a merge moving them
 * never waits on a referral row.
 *
 * <p>Isolation: what the core reads under an account lock (the day's points for a cap, a
 * referral's awards after a merge, the counters a merge moves) must be the latest committed state.
 * At READ COMMITTED, the recommended level, a plain read is. MariaDB's and MySQL's default
 * REPEATABLE READ would answer from the transaction's first snapshot (a daily cap paid past its
 * limit), so on MariaDB those reads take shared locks ({@link NativeStatements#currentRead()}),
 * which keeps the counts exact at either level; at REPEATABLE READ its gap locks make more
 * deadlocks for the transactions to retry. PostgreSQL's REPEATABLE READ stays exact too (it fails
 * serialization and retries) but retries far more on hot rows.
 *
 * <p>Thread-safe: it keeps no state but the context, which gives each transaction its own entity
 * manager.
 */
public final class JpaLedgerStore implements LedgerStore {
    /** The entity classes this store needs in the persistence unit. */
    public static final List<Class<?>> ENTITIES = List.of(LedgerAccount.class, LedgerEntryRow.class,
            LedgerKeyedOperation.class, LedgerReferral.class, LedgerAward.class, LedgerCampaignCounter.class,
            LedgerDayCounter.class);

    private static final String ACCOUNT = "ACCOUNT";
    private static final String UNIT = "UNIT";
    private static final String ENTRY_COLUMNS =
            "seq, account, amount, reason, campaign_id, referral_id, at_ns, ledger_key, note";

    private final NativeStatements sql;

    /** @param context the current transaction's entity manager and the database's dialect */
    public JpaLedgerStore(JpaContext context) {
        this.sql = new NativeStatements(context);
    }

    // ---------------------------------------------------------------- accounts

    @Override
    public AccountState lockAccount(String account) {
        return guard("ledger: locking account " + account, () -> {
            Optional<Object[]> row = sql.row("SELECT balance, debt FROM ledger_account WHERE account = ? FOR UPDATE",
                    account);
            if (row.isEmpty()) {
                insertAccount(account);
                row = sql.row("SELECT balance, debt FROM ledger_account WHERE account = ? FOR UPDATE", account);
            }
            return new AccountState(number(row.get()[0]), number(row.get()[1]));
        });
    }

    /** Inserts an account with zeros unless it exists; waits for a concurrent insert of it to end. */
    private void insertAccount(String account) {
        switch (sql.dialect()) {
            case POSTGRESQL -> sql.update("INSERT INTO ledger_account (account, balance, debt) VALUES (?, 0, 0)"
                    + " ON CONFLICT DO NOTHING", account);
            // An update on the duplicate locks the row exclusively at once; INSERT IGNORE would take
            // a shared lock that the FOR UPDATE after it must upgrade, which deadlocks two creators.
            case MARIADB -> sql.update("INSERT INTO ledger_account (account, balance, debt) VALUES (?, 0, 0)"
                    + " ON DUPLICATE KEY UPDATE balance = balance", account);
            case H2 -> sql.update("INSERT INTO ledger_account (account, balance, debt) SELECT ?, 0, 0"
                    + " WHERE NOT EXISTS (SELECT 1 FROM ledger_account WHERE account = ?)", account, account);
        }
    }

    /**
     * Locks the accounts that exist with one {@code SELECT … ORDER BY account FOR UPDATE} per 500,
     * in code-point order; the accounts without a row are then created with zeros, sorted, in one
     * statement per 500, and read under their locks.
     */
    @Override
    public Map<String, AccountState> lockAccounts(List<String> accounts) {
        return guard("ledger: locking " + accounts.size() + " accounts", () -> {
            Map<String, AccountState> states = new HashMap<>();
            for (List<String> chunk : NativeStatements.chunks(accounts)) {
                for (Object[] row : Sql.of("SELECT account, balance, debt FROM ledger_account WHERE account IN (")
                        .params(chunk).append(") ORDER BY " + DialectSql.idOrder(sql.dialect(), "account")
                                + " FOR UPDATE").rows(sql.em())) {
                    states.put(text(row[0]), new AccountState(number(row[1]), number(row[2])));
                }
            }
            List<List<?>> missing = new ArrayList<>();
            for (String account : accounts) {
                if (!states.containsKey(account)) {
                    missing.add(List.of(account, 0L, 0L));
                }
            }
            // The missing ones are created in one statement that, like insertAccount, takes each row's
            // exclusive lock at once (an update on a duplicate), then read under the lock.
            for (List<List<?>> chunk : NativeStatements.chunks(missing)) {
                DialectSql.upsert(sql.dialect(), "ledger_account", List.of("account"),
                        List.of("account", "balance", "debt"), chunk, List.of("balance = OLD.balance")).update(sql.em());
                List<Object> ids = new ArrayList<>(chunk.size());
                chunk.forEach(row -> ids.add(row.get(0)));
                for (Object[] row : Sql.of("SELECT account, balance, debt FROM ledger_account WHERE account IN (")
                        .params(ids).append(") ORDER BY " + DialectSql.idOrder(sql.dialect(), "account")
                                + " FOR UPDATE").rows(sql.em())) {
                    states.put(text(row[0]), new AccountState(number(row[1]), number(row[2])));
                }
            }
            return states;
        });
    }

    /** One multi-row {@code SET n = n + ?} upsert per 500 accounts, in code-point order. */
    @Override
    public void changeAccounts(java.util.SortedMap<String, AccountState> deltas) {
        guard("ledger: changing " + deltas.size() + " accounts", () -> {
            List<List<?>> rows = new ArrayList<>(deltas.size());
            deltas.forEach((account, d) -> rows.add(List.of(account, d.balance(), d.debt())));
            for (List<List<?>> chunk : NativeStatements.chunks(rows)) {
                DialectSql.addToCounters(sql.dialect(), "ledger_account", List.of("account"),
                        List.of("balance", "debt"), chunk).update(sql.em());
            }
        });
    }

    @Override
    public Map<String, ReferralRecord> referrals(java.util.Collection<String> referralIds) {
        return guard("ledger: reading referrals", () -> {
            List<String> found = new ArrayList<>();
            for (List<String> chunk : NativeStatements.chunks(List.copyOf(referralIds))) {
                for (Object id : Sql.of("SELECT referral_id FROM ledger_referral WHERE referral_id IN (").params(chunk)
                        .append(")" + sql.currentRead()).column(sql.em())) {
                    found.add(text(id));
                }
            }
            Map<String, ReferralRecord> referrals = new HashMap<>();
            for (String id : found) {
                referral(id).ifPresent(r -> referrals.put(id, r));
            }
            return referrals;
        });
    }

    @Override
    public AccountState account(String account) {
        return guard("ledger: reading account " + account, () -> sql
                .row("SELECT balance, debt FROM ledger_account WHERE account = ?", account)
                .map(row -> new AccountState(number(row[0]), number(row[1])))
                .orElse(AccountState.EMPTY));
    }

    @Override
    public void changeAccount(String account, long balanceDelta, long debtDelta) {
        guard("ledger: changing account " + account, () -> {
            String update = "UPDATE ledger_account SET balance = balance + ?, debt = debt + ? WHERE account = ?";
            if (sql.update(update, balanceDelta, debtDelta, account) == 0) {
                // The core locks every account it changes, which creates it; this is the safety net.
                insertAccount(account);
                sql.update(update, balanceDelta, debtDelta, account);
            }
        });
    }

    // ---------------------------------------------------------------- entries

    @Override
    public List<LedgerEntry> append(List<EntryDraft> drafts) {
        return guard("ledger: appending entries", () -> {
            List<LedgerEntryRow> rows = new ArrayList<>(drafts.size());
            for (EntryDraft draft : drafts) {
                rows.add(new LedgerEntryRow(draft.account(), draft.amount(), draft.reason().name(), draft.campaignId(),
                        draft.referralId(), EpochNanos.of(draft.instant()), draft.key(), draft.note()));
            }
            sql.insert(rows);
            List<LedgerEntry> stored = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                EntryDraft draft = drafts.get(i);
                stored.add(new LedgerEntry(rows.get(i).seq(), draft.account(), draft.amount(), draft.reason(),
                        draft.campaignId(), draft.referralId(), draft.instant(), draft.key(), draft.note()));
            }
            return stored;
        });
    }

    @Override
    public List<LedgerEntry> entriesWithKey(String key) {
        return guard("ledger: reading the entries of key " + key, () -> entries(
                sql.rows("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE ledger_key = ? ORDER BY seq", key)));
    }

    @Override
    public List<LedgerEntry> entriesOfReferral(String referralId) {
        return guard("ledger: reading the entries of referral " + referralId, () -> entries(
                sql.rows("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE referral_id = ? ORDER BY seq",
                        referralId)));
    }

    @Override
    public Page<LedgerEntry> entries(String account, int page, int size) {
        return guard("ledger: reading the entries of account " + account, () -> {
            long total = sql.count("SELECT COUNT(*) FROM ledger_entry WHERE account = ?", account);
            List<LedgerEntry> items = total == 0 ? List.of() : entries(sql.page("SELECT " + ENTRY_COLUMNS
                    + " FROM ledger_entry WHERE account = ? ORDER BY at_ns DESC, seq DESC", (long) page * size, size,
                    account));
            return new Page<>(items, page, size, total);
        });
    }

    private static List<LedgerEntry> entries(List<Object[]> rows) {
        List<LedgerEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new LedgerEntry(number(row[0]), text(row[1]), number(row[2]), EntryReason.valueOf(text(row[3])),
                    text(row[4]), text(row[5]), EpochNanos.instant(row[6]), text(row[7]), text(row[8])));
        }
        return entries;
    }

    // ---------------------------------------------------------------- idempotency

    @Override
    public Optional<KeyedOperation> keyedOperation(String key) {
        return guard("ledger: reading key " + key, () -> sql
                .row("SELECT reason, account, amount, at_ns, note FROM ledger_keyed_operation WHERE ledger_key = ?", key)
                .map(row -> new KeyedOperation(key, EntryReason.valueOf(text(row[0])), text(row[1]), number(row[2]),
                        EpochNanos.instant(row[3]), text(row[4]))));
    }

    @Override
    public void insertKeyedOperation(KeyedOperation operation) {
        guard("ledger: recording key " + operation.key(), () -> sql.insert(List.of(new LedgerKeyedOperation(
                operation.key(), operation.reason().name(), operation.account(), operation.amount(),
                EpochNanos.of(operation.instant()), operation.note()))));
    }

    @Override
    public Optional<ReferralRecord> referral(String referralId) {
        // A re-read under the account locks, in a reversal, must see a merge that moved an award.
        return guard("ledger: reading referral " + referralId, () -> referral(referralId, sql.currentRead(),
                sql.currentRead()));
    }

    @Override
    public Optional<ReferralRecord> lockReferral(String referralId) {
        // Only the referral's row: its awards stay unlocked, so a merge moving them never waits here.
        return guard("ledger: locking referral " + referralId, () -> referral(referralId, " FOR UPDATE", ""));
    }

    private Optional<ReferralRecord> referral(String referralId, String lock, String awardLock) {
        Optional<Object[]> row = sql.row("SELECT campaign_id, at_ns, day_no, payload, reversed_ns FROM ledger_referral"
                + " WHERE referral_id = ?" + lock, referralId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<AwardRecord> awards = new ArrayList<>(3);
        for (Object[] award : sql.rows("SELECT award_level, account, amount, unit, taken, debt_added FROM ledger_award"
                + " WHERE referral_id = ? ORDER BY award_level" + awardLock, referralId)) {
            awards.add(new AwardRecord((int) number(award[0]), text(award[1]), number(award[2]), text(award[3]),
                    number(award[4]), number(award[5])));
        }
        Object[] r = row.get();
        return Optional.of(new ReferralRecord(referralId, text(r[0]), EpochNanos.instant(r[1]), number(r[2]), text(r[3]),
                awards, EpochNanos.instant(r[4])));
    }

    @Override
    public void insertReferral(ReferralRecord referral) {
        guard("ledger: recording referral " + referral.referralId(), () -> {
            BigDecimal at = EpochNanos.of(referral.instant());
            List<Object> rows = new ArrayList<>(1 + referral.awards().size());
            rows.add(new LedgerReferral(referral.referralId(), referral.campaignId(), at, referral.day(),
                    referral.payload()));
            for (AwardRecord award : referral.awards()) {
                rows.add(new LedgerAward(referral.referralId(), award.level(), award.account(), award.amount(),
                        award.unit(), referral.campaignId(), referral.day(), at));
            }
            sql.insert(rows);
        });
    }

    /** One multi-row insert per 500 referrals, then per 500 awards, not reversed (as the entities are made). */
    @Override
    public void insertReferrals(List<ReferralRecord> referrals) {
        guard("ledger: recording " + referrals.size() + " referrals", () -> {
            List<List<Object>> referralRows = new ArrayList<>(referrals.size());
            List<List<Object>> awardRows = new ArrayList<>(3 * referrals.size());
            for (ReferralRecord referral : referrals) {
                BigDecimal at = EpochNanos.of(referral.instant());
                referralRows.add(List.of(referral.referralId(), referral.campaignId(), at, referral.day(),
                        referral.payload()));
                for (AwardRecord award : referral.awards()) {
                    awardRows.add(java.util.Arrays.asList(referral.referralId(), award.level(), award.account(),
                            award.amount(), award.unit(), referral.campaignId(), referral.day(), at, false, 0L, 0L));
                }
            }
            for (List<List<Object>> chunk : NativeStatements.chunks(referralRows)) {
                DialectSql.insertAll("ledger_referral", List.of("referral_id", "campaign_id", "at_ns", "day_no",
                        "payload"), chunk).update(sql.em());
            }
            for (List<List<Object>> chunk : NativeStatements.chunks(awardRows)) {
                DialectSql.insertAll("ledger_award", List.of("referral_id", "award_level", "account", "amount", "unit",
                        "campaign_id", "day_no", "at_ns", "reversed", "taken", "debt_added"), chunk).update(sql.em());
            }
        });
    }

    @Override
    public void markReversed(String referralId, Instant reversedAt, List<AwardRecord> awards) {
        guard("ledger: reversing referral " + referralId, () -> {
            sql.update("UPDATE ledger_referral SET reversed_ns = ? WHERE referral_id = ?", EpochNanos.of(reversedAt),
                    referralId);
            for (AwardRecord award : awards) {
                sql.update("UPDATE ledger_award SET reversed = TRUE, taken = ?, debt_added = ?"
                        + " WHERE referral_id = ? AND award_level = ?", award.taken(), award.debtAdded(), referralId,
                        award.level());
            }
        });
    }

    // ---------------------------------------------------------------- counters

    @Override
    public void applyCounters(List<CounterDelta> deltas) {
        guard("ledger: changing leaderboard counters", () -> {
            TreeMap<CounterKey, Change> changes = new TreeMap<>(CounterKey.ORDER);
            for (CounterDelta delta : deltas) {
                changes.computeIfAbsent(delta.key(), Change::new).add(delta.points(), delta.invited(),
                        EpochNanos.of(delta.reachedAt()));
            }
            addToCounters(new ArrayList<>(changes.values()));
        });
    }

    /** The sum of the deltas of one counter row: points and invited added, the latest instant kept. */
    private static final class Change {
        final CounterKey key;
        long points;
        long invited;
        BigDecimal reached;

        Change(CounterKey key) {
            this.key = key;
        }

        Change add(long morePoints, long moreInvited, BigDecimal at) {
            points += morePoints;
            invited += moreInvited;
            if (at != null && (reached == null || at.compareTo(reached) > 0)) {
                reached = at;
            }
            return this;
        }

        boolean sameRows(Change other) {
            return key.kind() == other.key.kind() && key.day() == other.key.day()
                    && java.util.Objects.equals(key.campaignId(), other.key.campaignId());
        }
    }

    /**
     * Applies summed changes, in {@link CounterKey#ORDER} with one key at most once, as one
     * multi-row upsert per counter kind and campaign or day (500 rows at most), then the changes
     * they make to the campaign boards' histograms, in the same transaction.
     */
    private void addToCounters(List<Change> changes) {
        Histogram histogram = new Histogram();
        int from = 0;
        while (from < changes.size()) {
            int to = from + 1;
            while (to < changes.size() && to - from < NativeStatements.CHUNK && changes.get(to).sameRows(changes.get(from))) {
                to++;
            }
            List<Change> group = changes.subList(from, to);
            Map<String, Long> after = upsertCounters(group, false);
            for (Change change : group) {
                if (change.key.kind().perCampaign() && change.points != 0) {
                    long now = after.get(change.key.subject());
                    histogram.move(kindOf(change.key), change.key.campaignId(), now - change.points, now);
                }
            }
            from = to;
        }
        addToWeeks(changes);
        histogram.write();
    }

    /**
     * Adds the day counter changes to their week counters ({@link Weeks}): summed per kind, week
     * and subject, written after every day counter and in {@link CounterKey#ORDER} (a week in the
     * key's day), so that concurrent writers still take rows in one order. A change of nothing
     * (no points, no invited, no instant) makes no week row.
     */
    private void addToWeeks(List<Change> changes) {
        TreeMap<CounterKey, Change> weeks = new TreeMap<>(CounterKey.ORDER);
        for (Change change : changes) {
            CounterKey key = change.key;
            if (!key.kind().perCampaign() && (change.points != 0 || change.invited != 0 || change.reached != null)) {
                weeks.computeIfAbsent(CounterKey.ofDay(key.kind(), Weeks.week(key.day()), key.subject()), Change::new)
                        .add(change.points, change.invited, change.reached);
            }
        }
        List<Change> list = new ArrayList<>(weeks.values());
        int from = 0;
        while (from < list.size()) {
            int to = from + 1;
            while (to < list.size() && to - from < NativeStatements.CHUNK && list.get(to).sameRows(list.get(from))) {
                to++;
            }
            upsertCounters(list.subList(from, to), true);
            from = to;
        }
    }

    /**
     * One upsert of counter rows of one kind and campaign, day or week: {@code points + ?},
     * {@code invited + ?}, and the later of the stored and the given instant ({@code null} leaves
     * it alone).
     *
     * @param weeks whether the keys are week counters (a week number in the key's day)
     * @return for campaign counters whose points change, each subject's points after the change
     */
    private Map<String, Long> upsertCounters(List<Change> group, boolean weeks) {
        CounterKey first = group.get(0).key;
        boolean perCampaign = first.kind().perCampaign();
        String table = perCampaign ? "ledger_campaign_counter" : weeks ? "ledger_week_counter" : "ledger_day_counter";
        String scope = perCampaign ? "campaign_id" : weeks ? "week_no" : "day_no";
        Object scopeValue = perCampaign ? first.campaignId() : (Object) first.day();
        String kind = kindOf(first);
        boolean h2 = sql.dialect() == SqlDialect.H2;
        List<Object> params = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        List<String> changed = new ArrayList<>();
        for (Change change : group) {
            String at = change.reached == null ? (h2 ? "CAST(NULL AS NUMERIC(38, 0))" : "NULL")
                    : (h2 ? "CAST(? AS NUMERIC(38, 0))" : "?");
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ").append(at).append(')');
            params.addAll(List.of(kind, scopeValue, change.key.subject(), change.points, change.invited));
            if (change.reached != null) {
                params.add(change.reached);
            }
            if (perCampaign && change.points != 0) {
                changed.add(change.key.subject());
            }
        }
        String columns = "(kind, " + scope + ", subject, points, invited, reached_ns)";
        Map<String, Long> after = new HashMap<>();
        switch (sql.dialect()) {
            case POSTGRESQL -> {
                String upsert = "INSERT INTO " + table + " AS c " + columns + " VALUES " + values
                        + " ON CONFLICT (kind, " + scope + ", subject) DO UPDATE SET points = c.points + EXCLUDED.points,"
                        + " invited = c.invited + EXCLUDED.invited, reached_ns = " + later("c.reached_ns",
                                "EXCLUDED.reached_ns");
                if (changed.isEmpty()) {
                    sql.update(upsert, params.toArray());
                } else {
                    // the row is locked by now: its points before are those after less the change
                    for (Object[] row : sql.rows(upsert + " RETURNING subject, points", params.toArray())) {
                        after.put(text(row[0]), number(row[1]));
                    }
                    return after;
                }
            }
            // MariaDB assigns left to right; reached_ns reads only its own old value.
            case MARIADB -> sql.update("INSERT INTO " + table + " " + columns + " VALUES " + values
                    + " ON DUPLICATE KEY UPDATE points = points + VALUES(points), invited = invited + VALUES(invited),"
                    + " reached_ns = " + later("reached_ns", "VALUES(reached_ns)"), params.toArray());
            case H2 -> sql.update("MERGE INTO " + table + " c USING (VALUES " + values + ") s" + columns
                    + " ON c.kind = s.kind AND c." + scope + " = s." + scope + " AND c.subject = s.subject"
                    + " WHEN MATCHED THEN UPDATE SET points = c.points + s.points, invited = c.invited + s.invited,"
                    + " reached_ns = " + later("c.reached_ns", "s.reached_ns")
                    + " WHEN NOT MATCHED THEN INSERT " + columns
                    + " VALUES (s.kind, s." + scope + ", s.subject, s.points, s.invited, s.reached_ns)", params.toArray());
        }
        if (!changed.isEmpty()) {
            List<Object> keys = new ArrayList<>(List.of(kind, scopeValue));
            keys.addAll(changed);
            for (Object[] row : sql.rows("SELECT subject, points FROM " + table + " WHERE kind = ? AND " + scope
                    + " = ? AND subject IN (" + NativeStatements.placeholders(changed.size()) + ")" + sql.currentRead(),
                    keys.toArray())) {
                after.put(text(row[0]), number(row[1]));
            }
        }
        return after;
    }

    /** @return the later of a stored and a given instant, the stored one when none is given */
    private static String later(String stored, String given) {
        return "CASE WHEN " + given + " IS NULL THEN " + stored + " WHEN " + stored + " IS NULL OR " + given + " > "
                + stored + " THEN " + given + " ELSE " + stored + " END";
    }

    /** A row of a campaign board's histogram: kind, campaign, and points or bucket. */
    private record Cell(String kind, String campaignId, long value) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell other) {
            int c = kind.compareTo(other.kind);
            if (c == 0) {
                c = Ids.ORDER.compare(campaignId, other.campaignId);
            }
            return c != 0 ? c : Long.compare(value, other.value);
        }

        boolean sameBoard(Cell other) {
            return kind.equals(other.kind) && campaignId.equals(other.campaignId);
        }
    }

    /**
     * The changes one transaction makes to the histograms of campaign boards
     * ({@code ledger_campaign_points}, {@code ledger_campaign_bucket}): only counter rows with
     * points above zero are listed. Bucket 0, where no points fall, holds the board's number of
     * listed rows, which changes only as rows join or leave the board. Written in key order,
     * after the counters.
     */
    private final class Histogram {
        private final TreeMap<Cell, Long> points = new TreeMap<>();
        private final TreeMap<Cell, Long> totals = new TreeMap<>();

        /** A counter row of the board went from {@code before} to {@code after} points. */
        void move(String kind, String campaignId, long before, long after) {
            if (before == after) {
                return;
            }
            if (before > 0) {
                points.merge(new Cell(kind, campaignId, before), -1L, Long::sum);
            }
            if (after > 0) {
                points.merge(new Cell(kind, campaignId, after), 1L, Long::sum);
            }
            if ((before > 0) != (after > 0)) {
                totals.merge(new Cell(kind, campaignId, 0), after > 0 ? 1L : -1L, Long::sum);
            }
        }

        void write() {
            points.values().removeIf(delta -> delta == 0);
            if (points.isEmpty()) {
                return;
            }
            TreeMap<Cell, long[]> buckets = new TreeMap<>();
            totals.forEach((board, delta) -> buckets.put(board, new long[] {delta, 0}));
            List<Cell> emptied = new ArrayList<>();
            for (List<Map.Entry<Cell, long[]>> board : boards(points, delta -> new long[] {delta})) {
                Map<Long, Long> listed = addToHistogram("ledger_campaign_points", "points", board, true);
                for (Map.Entry<Cell, long[]> entry : board) {
                    Cell cell = entry.getKey();
                    long now = listed.get(cell.value());
                    long before = now - entry.getValue()[0];
                    long[] bucket = buckets.computeIfAbsent(new Cell(cell.kind(), cell.campaignId(),
                            CampaignBuckets.bucket(cell.value())), b -> new long[2]);
                    bucket[0] += entry.getValue()[0];
                    bucket[1] += before == 0 && now > 0 ? 1 : before > 0 && now == 0 ? -1 : 0;
                    if (now == 0) {
                        emptied.add(cell);
                    }
                }
            }
            deleteEmpty("ledger_campaign_points", "points", emptied);
            buckets.values().removeIf(delta -> delta[0] == 0 && delta[1] == 0);
            List<Cell> shrunk = new ArrayList<>();
            for (List<Map.Entry<Cell, long[]>> board : boards(buckets, delta -> delta)) {
                addToHistogram("ledger_campaign_bucket", "bucket", board, false);
                board.stream().filter(e -> e.getValue()[0] < 0).forEach(e -> shrunk.add(e.getKey()));
            }
            deleteEmpty("ledger_campaign_bucket", "bucket", shrunk);
        }

        /** @return the cells cut into runs of one board each, 500 at most */
        private static <V> List<List<Map.Entry<Cell, long[]>>> boards(TreeMap<Cell, V> cells,
                java.util.function.Function<V, long[]> deltas) {
            List<List<Map.Entry<Cell, long[]>>> runs = new ArrayList<>();
            List<Map.Entry<Cell, long[]>> run = new ArrayList<>();
            for (Map.Entry<Cell, V> entry : cells.entrySet()) {
                if (!run.isEmpty() && (run.size() == NativeStatements.CHUNK || !run.get(0).getKey().sameBoard(entry.getKey()))) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(Map.entry(entry.getKey(), deltas.apply(entry.getValue())));
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
            return runs;
        }

        /** Deletes the histogram rows among {@code cells} whose count is now zero. */
        private void deleteEmpty(String table, String column, List<Cell> cells) {
            int from = 0;
            while (from < cells.size()) {
                int to = from + 1;
                while (to < cells.size() && to - from < NativeStatements.CHUNK && cells.get(to).sameBoard(cells.get(from))) {
                    to++;
                }
                List<Object> params = new ArrayList<>(List.of(cells.get(from).kind(), cells.get(from).campaignId()));
                cells.subList(from, to).forEach(cell -> params.add(cell.value()));
                sql.update("DELETE FROM " + table + " WHERE kind = ? AND campaign_id = ? AND listed = 0 AND " + column
                        + " IN (" + NativeStatements.placeholders(to - from) + ")", params.toArray());
                from = to;
            }
        }
    }

    /**
     * Adds to histogram rows of one board as one upsert, inserting missing rows, in the order given:
     * {@code listed + ?} and, for buckets, {@code distinct_points + ?}.
     *
     * @param cells the rows with their deltas (listed, and distinct for buckets)
     * @param counted whether to return the rows' {@code listed} after the change
     * @return {@code listed} after the change per points or bucket, when asked
     */
    private Map<Long, Long> addToHistogram(String table, String column, List<Map.Entry<Cell, long[]>> cells,
            boolean counted) {
        boolean buckets = column.equals("bucket");
        String kind = cells.get(0).getKey().kind();
        String campaign = cells.get(0).getKey().campaignId();
        List<Object> params = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (Map.Entry<Cell, long[]> cell : cells) {
            values.append(values.isEmpty() ? "" : ", ").append(buckets ? "(?, ?, ?, ?, ?)" : "(?, ?, ?, ?)");
            params.addAll(List.of(kind, campaign, cell.getKey().value(), cell.getValue()[0]));
            if (buckets) {
                params.add(cell.getValue()[1]);
            }
        }
        String columns = "(kind, campaign_id, " + column + ", listed" + (buckets ? ", distinct_points)" : ")");
        Map<Long, Long> after = new HashMap<>();
        switch (sql.dialect()) {
            case POSTGRESQL -> {
                String upsert = "INSERT INTO " + table + " AS h " + columns + " VALUES " + values + " ON CONFLICT (kind,"
                        + " campaign_id, " + column + ") DO UPDATE SET listed = h.listed + EXCLUDED.listed"
                        + (buckets ? ", distinct_points = h.distinct_points + EXCLUDED.distinct_points" : "");
                if (!counted) {
                    sql.update(upsert, params.toArray());
                    return after;
                }
                for (Object[] row : sql.rows(upsert + " RETURNING " + column + ", listed", params.toArray())) {
                    after.put(number(row[0]), number(row[1]));
                }
                return after;
            }
            case MARIADB -> sql.update("INSERT INTO " + table + " " + columns + " VALUES " + values
                    + " ON DUPLICATE KEY UPDATE listed = listed + VALUES(listed)"
                    + (buckets ? ", distinct_points = distinct_points + VALUES(distinct_points)" : ""), params.toArray());
            case H2 -> sql.update("MERGE INTO " + table + " h USING (VALUES " + values + ") s" + columns
                    + " ON h.kind = s.kind AND h.campaign_id = s.campaign_id AND h." + column + " = s." + column
                    + " WHEN MATCHED THEN UPDATE SET listed = h.listed + s.listed"
                    + (buckets ? ", distinct_points = h.distinct_points + s.distinct_points" : "")
                    + " WHEN NOT MATCHED THEN INSERT " + columns + " VALUES (s.kind, s.campaign_id, s." + column
                    + ", s.listed" + (buckets ? ", s.distinct_points)" : ")"), params.toArray());
        }
        if (counted) {
            List<Object> keys = new ArrayList<>(List.of(kind, campaign));
            cells.forEach(cell -> keys.add(cell.getKey().value()));
            for (Object[] row : sql.rows("SELECT " + column + ", listed FROM " + table + " WHERE kind = ? AND"
                    + " campaign_id = ? AND " + column + " IN (" + NativeStatements.placeholders(cells.size()) + ")"
                    + sql.currentRead(), keys.toArray())) {
                after.put(number(row[0]), number(row[1]));
            }
        }
        return after;
    }

    private static String kindOf(CounterKey key) {
        return key.kind().perUnit() ? UNIT : ACCOUNT;
    }

    @Override
    public void recomputeReachedAt(List<CounterKey> keys) {
        guard("ledger: recomputing reachedAt", () -> {
            TreeSet<CounterKey> weeks = new TreeSet<>(CounterKey.ORDER);
            for (CounterKey key : keys) {
                boolean perCampaign = key.kind().perCampaign();
                String scope = perCampaign ? "campaign_id" : "day_no";
                Object scopeValue = perCampaign ? key.campaignId() : (Object) key.day();
                String holder = key.kind().perUnit() ? "unit" : "account";
                sql.update("UPDATE " + (perCampaign ? "ledger_campaign_counter" : "ledger_day_counter")
                        + " SET reached_ns = (SELECT MAX(at_ns) FROM ledger_award WHERE " + scope + " = ? AND " + holder
                        + " = ? AND reversed = FALSE AND amount > 0) WHERE kind = ? AND " + scope + " = ? AND subject = ?",
                        scopeValue, key.subject(), kindOf(key), scopeValue, key.subject());
                if (!perCampaign) {
                    weeks.add(CounterKey.ofDay(key.kind(), Weeks.week(key.day()), key.subject()));
                }
            }
            // a week's reachedAt is the latest of its days' that count (points or invited)
            for (CounterKey week : weeks) {
                List<Object> params = new ArrayList<>(List.of(kindOf(week)));
                params.addAll(Weeks.days(week.day()));
                params.addAll(List.of(week.subject(), kindOf(week), week.day(), week.subject()));
                sql.update("UPDATE ledger_week_counter SET reached_ns = (SELECT MAX(reached_ns) FROM ledger_day_counter"
                        + " WHERE kind = ? AND day_no IN (" + NativeStatements.placeholders(7) + ") AND subject = ?"
                        + " AND (points <> 0 OR invited <> 0)) WHERE kind = ? AND week_no = ? AND subject = ?",
                        params.toArray());
            }
        });
    }

    @Override
    public long points(CounterKey key) {
        return guard("ledger: reading a leaderboard counter", () -> {
            boolean perCampaign = key.kind().perCampaign();
            return sql.row("SELECT points FROM " + (perCampaign ? "ledger_campaign_counter" : "ledger_day_counter")
                    + " WHERE kind = ? AND " + (perCampaign ? "campaign_id" : "day_no") + " = ? AND subject = ?"
                    + sql.currentRead(), kindOf(key), perCampaign ? key.campaignId() : (Object) key.day(), key.subject())
                    .map(row -> number(row[0])).orElse(0L);
        });
    }

    // ---------------------------------------------------------------- merge

    @Override
    public void moveAccount(String from, String into) {
        guard("ledger: moving account " + from + " into " + into, () -> {
            // The counters to move are those of the campaigns and days of the awards it holds.
            List<String> campaigns = new ArrayList<>();
            sql.rows("SELECT DISTINCT campaign_id FROM ledger_award WHERE account = ?" + sql.currentRead(), from)
                    .forEach(row -> campaigns.add(text(row[0])));
            campaigns.sort(Ids.ORDER);
            List<Long> days = new ArrayList<>();
            sql.rows("SELECT DISTINCT day_no FROM ledger_award WHERE account = ?" + sql.currentRead(), from)
                    .forEach(row -> days.add(number(row[0])));
            days.sort(null);
            sql.update("UPDATE ledger_entry SET account = ? WHERE account = ?", into, from);
            sql.update("UPDATE ledger_award SET account = ? WHERE account = ?", into, from);
            // Both accounts are locked, and account counters change only under their account's lock.
            TreeMap<CounterKey, Change> moves = new TreeMap<>(CounterKey.ORDER);
            List<CounterKey> moved = new ArrayList<>();
            for (String campaign : campaigns) {
                moveCounter(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, campaign, from), into, moves, moved);
            }
            for (long day : days) {
                moveCounter(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, day, from), into, moves, moved);
            }
            // the rows left behind count zero (and leave the histograms) before they go
            addToCounters(new ArrayList<>(moves.values()));
            for (CounterKey key : moved) {
                boolean perCampaign = key.kind().perCampaign();
                sql.update("DELETE FROM " + (perCampaign ? "ledger_campaign_counter" : "ledger_day_counter")
                        + " WHERE kind = ? AND " + (perCampaign ? "campaign_id" : "day_no") + " = ? AND subject = ?",
                        ACCOUNT, perCampaign ? key.campaignId() : (Object) key.day(), key.subject());
            }
            // its weeks hold what is left of its days (nothing, unless a day had no award)
            TreeSet<Long> weeks = new TreeSet<>();
            days.forEach(day -> weeks.add(Weeks.week(day)));
            for (long week : weeks) {
                sql.update("DELETE FROM ledger_week_counter WHERE kind = ? AND week_no = ? AND subject = ?", ACCOUNT,
                        week, from);
                List<Object> params = new ArrayList<>(List.of(week, ACCOUNT));
                params.addAll(Weeks.days(week));
                params.add(from);
                sql.update("INSERT INTO ledger_week_counter (kind, week_no, subject, points, invited, reached_ns)"
                        + " SELECT kind, ?, subject, SUM(points), SUM(invited),"
                        + " MAX(CASE WHEN points <> 0 OR invited <> 0 THEN reached_ns END) FROM ledger_day_counter"
                        + " WHERE kind = ? AND day_no IN (" + NativeStatements.placeholders(7) + ") AND subject = ?"
                        + " GROUP BY kind, subject", params.toArray());
            }
        });
    }

    /** Adds the moves of one counter row, if it exists: all of it into {@code into}, less all of it here. */
    private void moveCounter(CounterKey from, String into, Map<CounterKey, Change> moves, List<CounterKey> moved) {
        boolean perCampaign = from.kind().perCampaign();
        String table = perCampaign ? "ledger_campaign_counter" : "ledger_day_counter";
        String where = " WHERE kind = ? AND " + (perCampaign ? "campaign_id" : "day_no") + " = ? AND subject = ?";
        Object scope = perCampaign ? from.campaignId() : (Object) from.day();
        Optional<Object[]> row = sql.row("SELECT points, invited, reached_ns FROM " + table + where + sql.currentRead(),
                ACCOUNT, scope, from.subject());
        if (row.isPresent()) {
            long points = number(row.get()[0]);
            long invited = number(row.get()[1]);
            CounterKey target = new CounterKey(from.kind(), from.campaignId(), from.day(), into);
            moves.computeIfAbsent(target, Change::new).add(points, invited,
                    EpochNanos.of(EpochNanos.instant(row.get()[2])));
            moves.computeIfAbsent(from, Change::new).add(-points, -invited, null);
            moved.add(from);
        }
    }

    // ---------------------------------------------------------------- boards

    @Override
    public BoardSlice board(BoardSource source, long offset, int limit) {
        return guard("ledger: reading a leaderboard", () -> source.isCampaign() ? campaignBoard(source, offset, limit)
                : rangeBoard(source, offset, limit));
    }

    /**
     * A page of a campaign board: an index range in the board's order, without window functions;
     * the first row's ranks from the histogram (none needed on the first page), the others
     * counted along the page, and the total from the histogram's bucket 0 (on the first page in
     * the same statement, as a sub-query run once).
     */
    private BoardSlice campaignBoard(BoardSource source, long offset, int limit) {
        String kind = source.subject() == BoardSubject.UNITS ? UNIT : ACCOUNT;
        String campaign = source.campaignId();
        String total = offset == 0 ? ", (SELECT COALESCE(MAX(listed), 0) FROM ledger_campaign_bucket WHERE kind = ?"
                + " AND campaign_id = ? AND bucket = 0) AS total" : "";
        List<Object> params = new ArrayList<>(offset == 0 ? List.of(kind, campaign, kind, campaign)
                : List.of(kind, campaign));
        List<Object[]> page = sql.page("SELECT subject, points, invited, reached_ns" + total
                + " FROM ledger_campaign_counter WHERE kind = ? AND campaign_id = ? AND points > 0"
                + " ORDER BY points DESC, invited DESC, reached_ns ASC" + sql.nullsFirst() + ", " + sql.idOrder("subject"),
                offset, limit, params.toArray());
        if (page.isEmpty()) {
            return new BoardSlice(List.of(), offset == 0 ? 0 : boardCounts(kind, campaign, 0)[0]);
        }
        long top = number(page.get(0)[1]);
        long rank = 1;
        long dense = 1;
        long listed;
        if (offset == 0) {
            listed = number(page.get(0)[4]);
        } else {
            long[] counts = boardCounts(kind, campaign, top);
            listed = counts[0];
            rank = counts[1] + 1;
            dense = counts[2] + 1;
        }
        return new BoardSlice(rankAlong(page, offset, rank, dense), listed);
    }

    /**
     * Ranks the rows of a page (subject, points, invited, reached_ns first) along it: the first
     * row has the ranks given, a row with the points of the row before shares its ranks, any other
     * is ranked by its position and one distinct total further down.
     */
    private static List<RankedRow> rankAlong(List<Object[]> page, long offset, long firstRank, long firstDense) {
        List<RankedRow> ranked = new ArrayList<>(page.size());
        long previous = number(page.get(0)[1]);
        long rank = firstRank;
        long dense = firstDense;
        for (int i = 0; i < page.size(); i++) {
            Object[] row = page.get(i);
            long points = number(row[1]);
            if (points != previous) {
                rank = offset + i + 1;
                dense++;
                previous = points;
            }
            ranked.add(new RankedRow(text(row[0]), points, number(row[2]), EpochNanos.instant(row[3]), rank, dense));
        }
        return ranked;
    }

    /**
     * @param points positive points to count the rows above, or 0 for the total alone
     * @return the board's listed rows, and the rows and the distinct points above {@code points}
     */
    private long[] boardCounts(String kind, String campaign, long points) {
        if (points <= 0) {
            return new long[] {sql.count("SELECT COALESCE(MAX(listed), 0) FROM ledger_campaign_bucket WHERE kind = ?"
                    + " AND campaign_id = ? AND bucket = 0", kind, campaign), 0, 0};
        }
        int bucket = CampaignBuckets.bucket(points);
        Object[] row = sql.rows("SELECT b.total, b.listed_above, b.distinct_above, p.listed_above, p.distinct_above"
                + " FROM (SELECT COALESCE(SUM(CASE WHEN bucket = 0 THEN listed ELSE 0 END), 0) AS total,"
                + " COALESCE(SUM(CASE WHEN bucket > 0 THEN listed ELSE 0 END), 0) AS listed_above,"
                + " COALESCE(SUM(distinct_points), 0) AS distinct_above"
                + " FROM ledger_campaign_bucket WHERE kind = ? AND campaign_id = ? AND (bucket = 0 OR bucket > ?)) b, "
                + pointsAbove() + " p", kind, campaign, bucket, kind, campaign, points, CampaignBuckets.highest(bucket))
                .get(0);
        return new long[] {number(row[0]), number(row[1]) + number(row[3]), number(row[2]) + number(row[4])};
    }

    /** @return the rows and distinct points in a bucket above some points (kind, campaign, points, bucket's top) */
    private static String pointsAbove() {
        return "(SELECT COALESCE(SUM(listed), 0) AS listed_above, COUNT(*) AS distinct_above FROM ledger_campaign_points"
                + " WHERE kind = ? AND campaign_id = ? AND points > ? AND points <= ?)";
    }

    /**
     * A page of a range board, in one statement without window functions: the sums per subject
     * once (a common table expression read twice), the page by {@code ORDER BY ... LIMIT} (a
     * top-N sort, not a sort of every sum), and beside it the listed rows and, on a later page,
     * the rows and distinct points above its first row, from which the ranks along the page are
     * counted as on a campaign board.
     */
    private BoardSlice rangeBoard(BoardSource source, long offset, int limit) {
        Select rows = rows(source, null);
        if (rows == null) {
            return new BoardSlice(List.of(), 0);
        }
        String order = " ORDER BY points DESC, invited DESC, reached_ns ASC" + sql.nullsFirst() + ", "
                + sql.idOrder("subject");
        // H2 binds the parameters of a common table expression wrongly when the statement runs again
        // with others (a units board got an accounts board's rows): there the sums are sub-queries
        boolean cte = sql.dialect() != SqlDialect.H2;
        List<Object> params = new ArrayList<>(rows.params);
        String sums = cte ? "s" : "(" + rows.sql + ")";
        String pageSql = "SELECT subject, points, invited, reached_ns FROM " + sums + " s WHERE points > 0" + order
                + limitOffset(limit, offset);
        String counts;
        if (offset == 0) {
            counts = "SELECT COUNT(*) AS listed, 0 AS above, 0 AS distinct_above FROM " + sums + " s WHERE points > 0";
        } else {
            counts = "SELECT COUNT(*) AS listed, COUNT(CASE WHEN s.points > m.top THEN 1 END) AS above,"
                    + " COUNT(DISTINCT CASE WHEN s.points > m.top THEN s.points END) AS distinct_above FROM " + sums
                    + " s, (SELECT MAX(points) AS top FROM " + (cte ? "p" : "(" + pageSql + ")") + " t) m"
                    + " WHERE s.points > 0";
        }
        if (!cte) {
            params.addAll(rows.params);
            if (offset > 0) {
                params.addAll(rows.params);
            }
        }
        List<Object[]> page = sql.rows((cte ? "WITH s AS (" + rows.sql + "), p AS (" + pageSql + ") SELECT" : "SELECT")
                + " p.subject, p.points, p.invited, p.reached_ns, c.listed, c.above, c.distinct_above FROM "
                + (cte ? "p" : "(" + pageSql + ") p") + ", (" + counts + ") c" + order, params.toArray());
        if (page.isEmpty()) {
            long total = offset == 0 ? 0
                    : sql.count("SELECT COUNT(*) FROM (" + rows.sql + ") b WHERE points > 0", rows.params.toArray());
            return new BoardSlice(List.of(), total);
        }
        return new BoardSlice(rankAlong(page, offset, number(page.get(0)[5]) + 1, number(page.get(0)[6]) + 1),
                number(page.get(0)[4]));
    }

    /** @return the clause that keeps {@code limit} rows after {@code offset}, in this dialect */
    private String limitOffset(int limit, long offset) {
        return sql.dialect() == SqlDialect.MARIADB ? " LIMIT " + limit + " OFFSET " + offset
                : " OFFSET " + offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY";
    }

    @Override
    public Optional<RankedRow> boardRow(BoardSource source, String id) {
        return guard("ledger: reading a leaderboard row", () -> source.isCampaign() ? campaignRow(source, id)
                : rangeRow(source, id));
    }

    /** One subject's row of a campaign board: its counter, and its ranks from the histogram. */
    private Optional<RankedRow> campaignRow(BoardSource source, String id) {
        String kind = source.subject() == BoardSubject.UNITS ? UNIT : ACCOUNT;
        String campaign = source.campaignId();
        Optional<Object[]> row = sql.row("SELECT points, invited, reached_ns FROM ledger_campaign_counter"
                + " WHERE kind = ? AND campaign_id = ? AND subject = ?", kind, campaign, id);
        if (row.isEmpty() || number(row.get()[0]) <= 0) {
            return Optional.empty();
        }
        long points = number(row.get()[0]);
        int bucket = CampaignBuckets.bucket(points);
        Object[] above = sql.rows("SELECT b.listed_above, b.distinct_above, p.listed_above, p.distinct_above"
                + " FROM (SELECT COALESCE(SUM(listed), 0) AS listed_above, COALESCE(SUM(distinct_points), 0)"
                + " AS distinct_above FROM ledger_campaign_bucket WHERE kind = ? AND campaign_id = ? AND bucket > ?) b, "
                + pointsAbove() + " p", kind, campaign, bucket, kind, campaign, points, CampaignBuckets.highest(bucket))
                .get(0);
        return Optional.of(new RankedRow(id, points, number(row.get()[1]), EpochNanos.instant(row.get()[2]),
                number(above[0]) + number(above[2]) + 1, number(above[1]) + number(above[3]) + 1));
    }

    private Optional<RankedRow> rangeRow(BoardSource source, String id) {
        Select mine = rows(source, id);
        if (mine == null) {
            return Optional.empty();
        }
        Optional<Object[]> row = sql.row("SELECT points, invited, reached_ns FROM (" + mine.sql + ") b", mine.params
                .toArray());
        if (row.isEmpty() || number(row.get()[0]) <= 0) {
            return Optional.empty();
        }
        long points = number(row.get()[0]);
        Select all = rows(source, null);
        List<Object> params = new ArrayList<>(all.params);
        params.add(points);
        Object[] above = sql.rows("SELECT COUNT(*), COUNT(DISTINCT points) FROM (" + all.sql + ") b WHERE points > ?",
                params.toArray()).get(0);
        return Optional.of(new RankedRow(id, points, number(row.get()[1]), EpochNanos.instant(row.get()[2]),
                number(above[0]) + 1, number(above[1]) + 1));
    }

    /** A query with its parameters. */
    private record Select(String sql, List<Object> params) {
    }

    /**
     * The rows a board counts, one per subject (subject, points, invited, reached_ns), or only
     * {@code id}'s; {@code null} when a range covers nothing.
     */
    private Select rows(BoardSource source, String id) {
        boolean units = source.subject() == BoardSubject.UNITS;
        String kind = units ? UNIT : ACCOUNT;
        List<Object> params = new ArrayList<>();
        if (source.isCampaign()) {
            params.add(kind);
            params.add(source.campaignId());
            if (id != null) {
                params.add(id);
            }
            return new Select("SELECT subject, points, invited, reached_ns FROM ledger_campaign_counter"
                    + " WHERE kind = ? AND campaign_id = ?" + (id == null ? "" : " AND subject = ?"), params);
        }
        List<String> parts = new ArrayList<>();
        // the whole weeks inside [fromDay, toDay), and the days before and after them
        long firstWeek = Weeks.firstWeekFrom(source.fromDay());
        long endWeek = Weeks.week(source.toDay());
        if (firstWeek < endWeek) {
            counters(parts, params, DAYS, kind, id, source.fromDay(), Weeks.firstDay(firstWeek));
            counters(parts, params, WEEKS, kind, id, firstWeek, endWeek);
            counters(parts, params, DAYS, kind, id, Weeks.firstDay(endWeek), source.toDay());
        } else {
            counters(parts, params, DAYS, kind, id, source.fromDay(), source.toDay());
        }
        String holder = units ? "unit" : "account";
        for (DayEdge edge : source.edges()) {
            parts.add("SELECT " + holder + " AS subject, amount AS points,"
                    + " CASE WHEN award_level = 1 THEN 1 ELSE 0 END AS invited,"
                    + " CASE WHEN amount > 0 THEN at_ns END AS reached_ns FROM ledger_award"
                    + " WHERE day_no = ? AND reversed = FALSE AND at_ns >= ? AND at_ns < ?"
                    + (units ? " AND unit IS NOT NULL" : "") + (id == null ? "" : " AND " + holder + " = ?"));
            params.add(edge.day());
            params.add(EpochNanos.of(edge.from()));
            params.add(EpochNanos.of(edge.to()));
            if (id != null) {
                params.add(id);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return new Select("SELECT subject, SUM(points) AS points, SUM(invited) AS invited, MAX(reached_ns) AS reached_ns"
                + " FROM (" + String.join(" UNION ALL ", parts) + ") u GROUP BY subject", params);
    }

    /** Day counters: the table and its period column. */
    private static final String[] DAYS = {"ledger_day_counter", "day_no"};
    /** Week counters ({@link Weeks}): the table and its period column. */
    private static final String[] WEEKS = {"ledger_week_counter", "week_no"};

    /**
     * Adds the counters of the days or weeks {@code [from, to)}, if any, to a range's rows.
     *
     * @param counters {@link #DAYS} or {@link #WEEKS}
     */
    private static void counters(List<String> parts, List<Object> params, String[] counters, String kind, String id,
            long from, long to) {
        if (from < to) {
            parts.add("SELECT subject, points, invited, reached_ns FROM " + counters[0]
                    + " WHERE kind = ? AND " + counters[1] + " >= ? AND " + counters[1] + " < ?"
                    + " AND (points <> 0 OR invited <> 0)" + (id == null ? "" : " AND subject = ?"));
            params.addAll(List.of(kind, from, to));
            if (id != null) {
                params.add(id);
            }
        }
    }
}
