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
import java.util.List;
import java.util.Optional;

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
            for (CounterDelta delta : deltas) {
                addToCounter(delta.key(), delta.points(), delta.invited(), EpochNanos.of(delta.reachedAt()));
            }
        });
    }

    /**
     * One counter row as an upsert: {@code points + ?}, {@code invited + ?}, and the later of the
     * stored and the given instant ({@code reached} {@code null} leaves it alone).
     */
    private void addToCounter(CounterKey key, long points, long invited, BigDecimal reached) {
        boolean perCampaign = key.kind().perCampaign();
        String table = perCampaign ? "ledger_campaign_counter" : "ledger_day_counter";
        String scope = perCampaign ? "campaign_id" : "day_no";
        Object scopeValue = perCampaign ? key.campaignId() : (Object) key.day();
        String kind = kindOf(key);
        String value = reached == null ? "NULL" : "?";
        List<Object> params = new ArrayList<>(List.of(kind, scopeValue, key.subject(), points, invited));
        if (reached != null) {
            params.add(reached);
        }
        String statement = switch (sql.dialect()) {
            case POSTGRESQL -> "INSERT INTO " + table + " AS c (kind, " + scope + ", subject, points, invited, reached_ns)"
                    + " VALUES (?, ?, ?, ?, ?, " + value + ") ON CONFLICT (kind, " + scope + ", subject) DO UPDATE SET"
                    + " points = c.points + EXCLUDED.points, invited = c.invited + EXCLUDED.invited"
                    + (reached == null ? "" : ", reached_ns = CASE WHEN c.reached_ns IS NULL"
                            + " OR EXCLUDED.reached_ns > c.reached_ns THEN EXCLUDED.reached_ns ELSE c.reached_ns END");
            // MariaDB assigns left to right; reached_ns reads only its own old value.
            case MARIADB -> "INSERT INTO " + table + " (kind, " + scope + ", subject, points, invited, reached_ns)"
                    + " VALUES (?, ?, ?, ?, ?, " + value + ") ON DUPLICATE KEY UPDATE"
                    + " points = points + VALUES(points), invited = invited + VALUES(invited)"
                    + (reached == null ? "" : ", reached_ns = CASE WHEN reached_ns IS NULL"
                            + " OR VALUES(reached_ns) > reached_ns THEN VALUES(reached_ns) ELSE reached_ns END");
            case H2 -> "MERGE INTO " + table + " c USING (VALUES (?, ?, ?, ?, ?, " + value + "))"
                    + " s(kind, " + scope + ", subject, points, invited, reached_ns)"
                    + " ON c.kind = s.kind AND c." + scope + " = s." + scope + " AND c.subject = s.subject"
                    + " WHEN MATCHED THEN UPDATE SET points = c.points + s.points, invited = c.invited + s.invited"
                    + (reached == null ? "" : ", reached_ns = CASE WHEN c.reached_ns IS NULL"
                            + " OR s.reached_ns > c.reached_ns THEN s.reached_ns ELSE c.reached_ns END")
                    + " WHEN NOT MATCHED THEN INSERT (kind, " + scope + ", subject, points, invited, reached_ns)"
                    + " VALUES (s.kind, s." + scope + ", s.subject, s.points, s.invited, s.reached_ns)";
        };
        sql.update(statement, params.toArray());
    }

    private static String kindOf(CounterKey key) {
        return key.kind().perUnit() ? UNIT : ACCOUNT;
    }

    @Override
    public void recomputeReachedAt(List<CounterKey> keys) {
        guard("ledger: recomputing reachedAt", () -> {
            for (CounterKey key : keys) {
                boolean perCampaign = key.kind().perCampaign();
                String scope = perCampaign ? "campaign_id" : "day_no";
                Object scopeValue = perCampaign ? key.campaignId() : (Object) key.day();
                String holder = key.kind().perUnit() ? "unit" : "account";
                sql.update("UPDATE " + (perCampaign ? "ledger_campaign_counter" : "ledger_day_counter")
                        + " SET reached_ns = (SELECT MAX(at_ns) FROM ledger_award WHERE " + scope + " = ? AND " + holder
                        + " = ? AND reversed = FALSE AND amount > 0) WHERE kind = ? AND " + scope + " = ? AND subject = ?",
                        scopeValue, key.subject(), kindOf(key), scopeValue, key.subject());
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
            for (String campaign : campaigns) {
                moveCounter(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, campaign, from),
                        into);
            }
            for (long day : days) {
                moveCounter(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, day, from), into);
            }
        });
    }

    private void moveCounter(CounterKey from, String into) {
        boolean perCampaign = from.kind().perCampaign();
        String table = perCampaign ? "ledger_campaign_counter" : "ledger_day_counter";
        String where = " WHERE kind = ? AND " + (perCampaign ? "campaign_id" : "day_no") + " = ? AND subject = ?";
        Object scope = perCampaign ? from.campaignId() : (Object) from.day();
        Optional<Object[]> row = sql.row("SELECT points, invited, reached_ns FROM " + table + where + sql.currentRead(),
                ACCOUNT, scope, from.subject());
        if (row.isPresent()) {
            CounterKey target = new CounterKey(from.kind(), from.campaignId(), from.day(), into);
            addToCounter(target, number(row.get()[0]), number(row.get()[1]),
                    EpochNanos.of(EpochNanos.instant(row.get()[2])));
            sql.update("DELETE FROM " + table + where, ACCOUNT, scope, from.subject());
        }
    }

    // ---------------------------------------------------------------- boards

    @Override
    public BoardSlice board(BoardSource source, long offset, int limit) {
        return guard("ledger: reading a leaderboard", () -> {
            Select rows = rows(source, null);
            if (rows == null) {
                return new BoardSlice(List.of(), 0);
            }
            List<Object[]> page = sql.page("SELECT subject, points, invited, reached_ns,"
                    + " RANK() OVER (ORDER BY points DESC) AS rnk, DENSE_RANK() OVER (ORDER BY points DESC) AS drnk,"
                    + " COUNT(*) OVER () AS total FROM (" + rows.sql + ") b WHERE points > 0"
                    + " ORDER BY points DESC, invited DESC, reached_ns ASC" + sql.nullsFirst() + ", "
                    + sql.idOrder("subject"), offset, limit, rows.params.toArray());
            if (page.isEmpty()) {
                long total = offset == 0 ? 0
                        : sql.count("SELECT COUNT(*) FROM (" + rows.sql + ") b WHERE points > 0", rows.params.toArray());
                return new BoardSlice(List.of(), total);
            }
            List<RankedRow> ranked = new ArrayList<>(page.size());
            for (Object[] row : page) {
                ranked.add(new RankedRow(text(row[0]), number(row[1]), number(row[2]), EpochNanos.instant(row[3]),
                        number(row[4]), number(row[5])));
            }
            return new BoardSlice(ranked, number(page.get(0)[6]));
        });
    }

    @Override
    public Optional<RankedRow> boardRow(BoardSource source, String id) {
        return guard("ledger: reading a leaderboard row", () -> {
            Select mine = rows(source, id);
            if (mine == null) {
                return Optional.<RankedRow>empty();
            }
            Optional<Object[]> row = sql.row("SELECT points, invited, reached_ns FROM (" + mine.sql + ") b", mine.params
                    .toArray());
            if (row.isEmpty() || number(row.get()[0]) <= 0) {
                return Optional.<RankedRow>empty();
            }
            long points = number(row.get()[0]);
            Select all = rows(source, null);
            List<Object> params = new ArrayList<>(all.params);
            params.add(points);
            Object[] above = sql.rows("SELECT COUNT(*), COUNT(DISTINCT points) FROM (" + all.sql + ") b WHERE points > ?",
                    params.toArray()).get(0);
            return Optional.of(new RankedRow(id, points, number(row.get()[1]), EpochNanos.instant(row.get()[2]),
                    number(above[0]) + 1, number(above[1]) + 1));
        });
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
        if (source.fromDay() < source.toDay()) {
            parts.add("SELECT subject, points, invited, reached_ns FROM ledger_day_counter"
                    + " WHERE kind = ? AND day_no >= ? AND day_no < ? AND (points <> 0 OR invited <> 0)"
                    + (id == null ? "" : " AND subject = ?"));
            params.add(kind);
            params.add(source.fromDay());
            params.add(source.toDay());
            if (id != null) {
                params.add(id);
            }
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
}
