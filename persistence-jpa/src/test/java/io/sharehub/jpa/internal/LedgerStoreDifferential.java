package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.points.BoardSubject;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.spi.AwardRecord;
import io.sharehub.points.spi.BoardSource;
import io.sharehub.points.spi.CounterDelta;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.CounterKind;
import io.sharehub.points.spi.DayEdge;
import io.sharehub.points.spi.EntryDraft;
import io.sharehub.points.spi.KeyedOperation;
import io.sharehub.points.spi.ReferralRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JPA ledger store against the in-memory reference, port method by port method, through a
 * {@link TwinLedgerStore}: the calls and corners the core's flows reach rarely or never (extreme
 * instants, pages past the end, edge-only ranges, counters without rows, merges into accounts
 * that already count).
 */
abstract class LedgerStoreDifferential {
    private static final List<String> IDS = List.of("U1", "u1", "U1 ", "U\uE000", "U\uD83D\uDE00", "A");
    private static final Instant T = Instant.parse("2026-03-02T02:00:00.123456789Z");
    private static final long DAY = 20514;

    private TestInstance instance;
    private TwinLedgerStore twin;

    /** @return the database this run is on */
    abstract TestDatabase database();

    @BeforeEach
    void empty() {
        instance = TestInstance.shared(database());
        instance.empty();
        twin = new TwinLedgerStore(instance.ledger);
    }

    private void write(Runnable work) {
        instance.tx.write(() -> {
            work.run();
            return null;
        });
    }

    @Test
    @DisplayName("accounts: locked rows created with zeros, increments, and an unlocked change that creates its row")
    void accounts() {
        write(() -> {
            for (String id : IDS) {
                twin.lockAccount(id);
                twin.changeAccount(id, 7, 2);
            }
            twin.changeAccount("never locked", 5, 1);
        });
        write(() -> {
            for (String id : IDS) {
                twin.account(id);
                twin.lockAccount(id);
            }
            twin.account("never locked");
            twin.account("nobody");
        });
    }

    @Test
    @DisplayName("entries keep every instant exactly, from Instant.MIN to Instant.MAX, and page newest first past the end")
    void entries() {
        List<Instant> instants = List.of(Instant.MIN, Instant.parse("1500-01-01T00:00:00.000000001Z"),
                Instant.ofEpochSecond(-1, 999_999_999), Instant.EPOCH, T, T, T.plusNanos(1),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.MAX);
        write(() -> {
            List<EntryDraft> drafts = new ArrayList<>();
            for (int i = 0; i < instants.size(); i++) {
                drafts.add(new EntryDraft(IDS.get(i % 2), i + 1, EntryReason.ADJUSTMENT, null, null, instants.get(i),
                        "k" + (i % 3), i % 2 == 0 ? "小红🌸 " + i : null));
            }
            drafts.add(new EntryDraft("U1", -3, EntryReason.REVERSAL, "C1", "R1", T, null, null));
            twin.append(drafts);
            twin.append(List.of(new EntryDraft("U1", 4, EntryReason.REFERRAL_L1, "C1", "R1", T, null, null)));
        });
        write(() -> {
            for (String id : List.of("U1", "u1", "nobody")) {
                for (int size : new int[] {1, 2, 3, 1000}) {
                    for (int page = 0; page < 12; page++) {
                        twin.entries(id, page, size);
                    }
                }
            }
            for (String key : List.of("k0", "k1", "k2", "k9")) {
                twin.entriesWithKey(key);
            }
            twin.entriesOfReferral("R1");
            twin.entriesOfReferral("R9");
        });
    }

    @Test
    @DisplayName("keyed operations and referrals read back as written, reversed ones with what each award gave back")
    void keyedOperationsAndReferrals() {
        write(() -> {
            twin.insertKeyedOperation(new KeyedOperation("order-1", EntryReason.REDEMPTION, "U1", 60, T, "coupon 🔥"));
            twin.insertKeyedOperation(new KeyedOperation("adj", EntryReason.ADJUSTMENT, "U1 ", -5, Instant.EPOCH, null));
            twin.insertReferral(new ReferralRecord("R1", "C1", T, DAY, "campaign 2\"C1\"", List.of(
                    new AwardRecord(1, "U1", 10, "S1", 0, 0), new AwardRecord(2, "u1", 3, null, 0, 0)), null));
            twin.insertReferral(new ReferralRecord("R2", "C1", T, DAY, "p", List.of(
                    new AwardRecord(1, "U1", 0, null, 0, 0)), null));
        });
        write(() -> {
            twin.keyedOperation("order-1");
            twin.keyedOperation("adj");
            twin.keyedOperation("none");
            twin.lockReferral("R1");
            twin.markReversed("R1", T.plusSeconds(60), List.of(new AwardRecord(1, "U1", 10, "S1", 4, 6),
                    new AwardRecord(2, "u1", 3, null, 3, 0)));
        });
        write(() -> {
            twin.referral("R1");
            twin.referral("R2");
            twin.lockReferral("R2");
            twin.referral("R3");
            twin.lockReferral("R3");
        });
    }

    @Test
    @DisplayName("counters: upserts keep the later instant, recomputed reachedAt skips reversed and zero awards, missing rows stay missing")
    void counters() {
        write(() -> {
            twin.insertReferral(new ReferralRecord("R1", "C1", T, DAY, "p", List.of(
                    new AwardRecord(1, "U1", 10, "S1", 0, 0), new AwardRecord(2, "u1", 3, "S1", 0, 0)), null));
            twin.insertReferral(new ReferralRecord("R2", "C1", T.plusSeconds(5), DAY, "p", List.of(
                    new AwardRecord(1, "U1", 0, "S1", 0, 0)), null));
            twin.insertReferral(new ReferralRecord("R3", "C1", T.minusSeconds(5), DAY, "p", List.of(
                    new AwardRecord(1, "U1", 2, null, 0, 0)), null));
            twin.applyCounters(List.of(
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "U1"), 10, 1, T),
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "u1"), 3, 0, T),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY, "U1"), 10, 1, T),
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_UNIT, "C1", "S1"), 13, 1, T),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_UNIT, DAY, "S1"), 13, 1, T)));
            twin.applyCounters(List.of(
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "U1"), 0, 1, null),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY, "U1"), 0, 1, null)));
            twin.applyCounters(List.of(
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "U1"), 2, 1,
                            T.minusSeconds(5)),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY, "U1"), 2, 1, T.minusSeconds(5))));
        });
        read();
        write(() -> {
            twin.markReversed("R1", T, List.of(new AwardRecord(1, "U1", 10, "S1", 10, 0),
                    new AwardRecord(2, "u1", 3, "S1", 3, 0)));
            twin.applyCounters(List.of(
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "U1"), -10, -1, null),
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "u1"), -3, 0, null),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY, "U1"), -10, -1, null),
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_UNIT, "C1", "S1"), -13, -1, null),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_UNIT, DAY, "S1"), -13, -1, null)));
            twin.recomputeReachedAt(List.of(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "U1"),
                    CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "u1"),
                    CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY, "U1"),
                    CounterKey.ofCampaign(CounterKind.CAMPAIGN_UNIT, "C1", "S1"),
                    CounterKey.ofDay(CounterKind.DAY_UNIT, DAY, "S1"),
                    CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C9", "nobody"),
                    CounterKey.ofDay(CounterKind.DAY_UNIT, DAY + 1, "S1")));
        });
        read();
    }

    private void read() {
        write(() -> {
            for (CounterKind kind : CounterKind.values()) {
                for (String id : List.of("U1", "u1", "S1", "nobody")) {
                    twin.points(kind.perCampaign() ? CounterKey.ofCampaign(kind, "C1", id) : CounterKey.ofDay(kind, DAY, id));
                }
            }
            for (BoardSubject subject : BoardSubject.values()) {
                boards(BoardSource.campaign(subject, "C1"));
                boards(new BoardSource(subject, null, DAY, DAY + 1, List.of()));
                boards(new BoardSource(subject, null, 0, 0, List.of(new DayEdge(DAY, T.minusSeconds(5), T.plusNanos(1)))));
                boards(new BoardSource(subject, null, 0, 0, List.of(new DayEdge(DAY, T.minusSeconds(5), T))));
            }
        });
    }

    private void boards(BoardSource source) {
        for (long offset = 0; offset < 4; offset++) {
            for (int limit : new int[] {1, 2, 100}) {
                twin.board(source, offset, limit);
            }
        }
        twin.board(source, 1L << 40, 10);
        for (String id : List.of("U1", "u1", "S1", "nobody")) {
            twin.boardRow(source, id);
        }
    }

    @Test
    @DisplayName("boards over many ids, ties broken by invited, reachedAt and code point, over whole days plus two edges")
    void boards() {
        Map<Long, List<AwardRecord>> byDay = new TreeMap<>();
        write(() -> {
            int n = 0;
            for (long day = DAY - 3; day <= DAY; day++) {
                for (int i = 0; i < 24; i++) {
                    String account = IDS.get(i % IDS.size()) + (i % 4 == 0 ? "" : Integer.toString(i % 3));
                    String unit = i % 5 == 0 ? null : "S" + (i % 2 == 0 ? "1" : "\uD83D\uDE00");
                    long amount = (i * 7L) % 5;
                    Instant at = Instant.ofEpochSecond((day * 86400) - 8 * 3600 + i * 3600L, i);
                    AwardRecord award = new AwardRecord(1, account, amount, unit, 0, 0);
                    twin.insertReferral(new ReferralRecord("R" + n++, "C" + (i % 2), at, day, "p", List.of(award), null));
                    List<CounterDelta> deltas = new ArrayList<>();
                    Instant reached = amount > 0 ? at : null;
                    deltas.add(new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C" + (i % 2), account),
                            amount, 1, reached));
                    deltas.add(new CounterDelta(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, day, account), amount, 1, reached));
                    if (unit != null) {
                        deltas.add(new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_UNIT, "C" + (i % 2), unit),
                                amount, 1, reached));
                        deltas.add(new CounterDelta(CounterKey.ofDay(CounterKind.DAY_UNIT, day, unit), amount, 1, reached));
                    }
                    twin.applyCounters(deltas);
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(award);
                }
            }
        });
        write(() -> {
            Instant dayStart = Instant.ofEpochSecond(DAY * 86400 - 8 * 3600);
            for (BoardSubject subject : BoardSubject.values()) {
                for (String campaign : List.of("C0", "C1", "C9")) {
                    boards(BoardSource.campaign(subject, campaign));
                }
                boards(new BoardSource(subject, null, DAY - 2, DAY, List.of(
                        new DayEdge(DAY - 3, dayStart.minusSeconds(86400 - 7200), dayStart.minusSeconds(86400 * 2)),
                        new DayEdge(DAY, dayStart, dayStart.plusSeconds(5 * 3600).plusNanos(5)))));
                boards(new BoardSource(subject, null, DAY - 3, DAY + 1, List.of()));
            }
        });
        assertThat(byDay).hasSize(4);
    }

    @Test
    @DisplayName("moving an account: entries and awards follow, its counters are added to the other's and dropped, units stay")
    void moveAccount() {
        write(() -> {
            twin.insertReferral(new ReferralRecord("R1", "C1", T, DAY, "p", List.of(
                    new AwardRecord(1, "anon", 10, "S1", 0, 0)), null));
            twin.insertReferral(new ReferralRecord("R2", "C1", T.plusSeconds(9), DAY + 1, "p", List.of(
                    new AwardRecord(1, "U1", 4, "S2", 0, 0)), null));
            twin.append(List.of(new EntryDraft("anon", 10, EntryReason.REFERRAL_L1, "C1", "R1", T, null, null),
                    new EntryDraft("U1", 4, EntryReason.REFERRAL_L1, "C1", "R2", T.plusSeconds(9), null, null)));
            twin.applyCounters(List.of(
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "U1"), 4, 1, T.plusSeconds(9)),
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", "anon"), 10, 1, T),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY, "anon"), 10, 1, T),
                    new CounterDelta(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY + 1, "U1"), 4, 1, T.plusSeconds(9)),
                    new CounterDelta(CounterKey.ofCampaign(CounterKind.CAMPAIGN_UNIT, "C1", "S1"), 10, 1, T)));
        });
        write(() -> {
            twin.lockAccount("U1");
            twin.lockAccount("anon");
            twin.moveAccount("anon", "U1");
            twin.moveAccount("nobody", "U1");
        });
        write(() -> {
            twin.entries("U1", 0, 10);
            twin.entries("anon", 0, 10);
            twin.referral("R1");
            for (String id : List.of("U1", "anon")) {
                twin.points(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, "C1", id));
                twin.points(CounterKey.ofDay(CounterKind.DAY_ACCOUNT, DAY, id));
            }
            twin.points(CounterKey.ofCampaign(CounterKind.CAMPAIGN_UNIT, "C1", "S1"));
            boards(BoardSource.campaign(BoardSubject.ACCOUNTS, "C1"));
            boards(BoardSource.campaign(BoardSubject.UNITS, "C1"));
            boards(new BoardSource(BoardSubject.ACCOUNTS, null, DAY, DAY + 2, List.of()));
        });
    }

    @Test
    @DisplayName("the entries of one append go out as one JDBC batch, not one insert each")
    void appendIsBatched() {
        Statistics statistics = instance.factory.unwrap(SessionFactory.class).getStatistics();
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            drafts.add(new EntryDraft("U1", 1, EntryReason.ADJUSTMENT, null, null, T.plusNanos(i), "k" + i, null));
        }
        write(() -> twin.lockAccount("U1"));
        statistics.clear();
        List<LedgerEntry> written = instance.tx.write(() -> twin.append(drafts));
        assertThat(written).hasSize(40);
        assertThat(statistics.getEntityInsertCount()).isEqualTo(40);
        // one prepared insert batched, plus at most one block from the sequence table
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }
}
