package io.sharehub.fission.internal;

import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.PromoterStats;
import io.sharehub.fission.PromoterVisitor;
import io.sharehub.fission.Referral;
import io.sharehub.fission.Share;
import io.sharehub.fission.spi.CampaignCounts;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.fission.spi.PromoterCounts;
import io.sharehub.fission.spi.PromoterVisits;
import io.sharehub.fission.spi.ShareAction;
import io.sharehub.fission.spi.StoredVisit;
import io.sharehub.people.spi.PeopleStore;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The fission, people and ledger stores as one batch of visits ({@code visitAll}) sees them,
 * inside its transaction. What the batch reads row by row is read set-wise first ({@link #prefetch}
 * and the stores' set-wise SPI methods), and the single-row reads of the visits are answered from
 * that, with every change the batch made so far applied; the counters and balances are summed per
 * row, and visits, referrals, nodes and ledger entries collected, and all are written once, sorted
 * where rows are locked, by {@link #flush}.
 * So each visit runs the very code of a single visit, in order, and the stores end as they would
 * after the same visits one by one.
 *
 * <p>A read the prefetch did not foresee (a row no visit of the batch named) goes to the store,
 * as it would without the batch: slower, never different. Accounts are locked up front in
 * code-point order, before any insert or counter; an account the batch did not foresee is locked
 * when it is met, as a single credit would lock it.
 *
 * <p>Not thread-safe: one batch, one thread, one transaction.
 */
final class VisitBatch {
    final Fission fission;
    final People people;
    final Ledger ledger;

    VisitBatch(FissionStore fission, PeopleStore people, LedgerStore ledger) {
        this.fission = new Fission(fission);
        this.people = new People(people);
        this.ledger = new Ledger(ledger);
    }

    /** A visit whose share and people are known, as {@link #prefetch} needs it. */
    record Planned(Share share, String sharer, String visitor, Instant at) {
    }

    /**
     * Reads set-wise what the visits will read row by row: the visitors' and sharers' nodes, the
     * sharers' parents' nodes, the owners of the visitors, the units of everyone a referral could
     * pay, the referral ids the batch will use; and locks, in code-point order, the accounts of
     * every sharer and of their ancestors up to the campaign rule's levels.
     *
     * @param visits the batch's new visits, in order
     * @param campaigns the campaigns they visit, by id
     * @param referralIds the ids the batch's referrals will take
     */
    void prefetch(List<Planned> visits, Map<String, Campaign> campaigns, Collection<String> referralIds) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (Planned v : visits) {
            Set<String> persons = wanted.computeIfAbsent(v.share().campaignId(), c -> new LinkedHashSet<>());
            persons.add(v.visitor());
            persons.add(v.sharer());
        }
        fission.prefetchNodes(wanted);
        // The parents of the sharers (level 2), whose nodes name level 3.
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        Set<String> accounts = new HashSet<>();
        Set<String> visitors = new HashSet<>();
        for (Planned v : visits) {
            String campaign = v.share().campaignId();
            visitors.add(v.visitor());
            Campaign c = campaigns.get(campaign);
            if (c == null || v.visitor().equals(v.sharer())) {
                continue;
            }
            accounts.add(v.sharer());
            GraphNode node = fission.cachedNode(campaign, v.sharer());
            if (node != null && node.parentId() != null && c.rule().levels() > 1) {
                parents.computeIfAbsent(campaign, k -> new LinkedHashSet<>()).add(node.parentId());
            }
        }
        fission.prefetchNodes(parents);
        parents.forEach((campaign, persons) -> {
            int levels = campaigns.get(campaign).rule().levels();
            for (String parent : persons) {
                accounts.add(parent);
                GraphNode node = fission.cachedNode(campaign, parent);
                if (node != null && node.parentId() != null && levels > 2) {
                    accounts.add(node.parentId());
                }
            }
        });
        people.prefetch(accounts, visitors);
        ledger.prefetch(accounts, referralIds);
    }

    /**
     * Writes what the batch held back: fission's referrals, visits, nodes, sets and counters; then
     * the ledger's referrals and entries, balances and counters (accounts were locked first, so the
     * ledger's order holds: accounts, inserts, counters).
     */
    void flush() {
        fission.flush();
        ledger.flush();
    }

    // ---------------------------------------------------------------- fission

    private record NodeKey(String campaignId, String personId) {
    }

    private record VisitorKey(String campaignId, String promoterId, String visitorId) {
    }

    /** Fission's store for the batch. */
    static final class Fission implements FissionStore {
        private final FissionStore d;
        private final Map<NodeKey, Optional<GraphNode>> nodes = new HashMap<>();
        private final List<GraphNode> newNodes = new ArrayList<>();
        private final List<StoredVisit> newVisits = new ArrayList<>();
        private final Map<String, Referral> newReferrals = new LinkedHashMap<>();
        /** Per campaign, the visitors added in order, each once. */
        private final Map<String, LinkedHashSet<String>> visitors = new LinkedHashMap<>();
        private final Map<VisitorKey, PromoterVisits> promoterVisits = new LinkedHashMap<>();
        private final Map<String, CampaignCounts> campaignCounts = new LinkedHashMap<>();
        private final Map<String, TreeMap<String, PromoterCounts>> promoterCounts = new LinkedHashMap<>();

        Fission(FissionStore d) {
            this.d = d;
        }

        void prefetchNodes(Map<String, Set<String>> wanted) {
            wanted.forEach((campaign, persons) -> {
                List<String> missing = new ArrayList<>();
                for (String person : persons) {
                    if (!nodes.containsKey(new NodeKey(campaign, person))) {
                        missing.add(person);
                    }
                }
                if (missing.isEmpty()) {
                    return;
                }
                Map<String, GraphNode> found = d.nodes(campaign, missing);
                for (String person : missing) {
                    nodes.put(new NodeKey(campaign, person), Optional.ofNullable(found.get(person)));
                }
            });
        }

        GraphNode cachedNode(String campaignId, String personId) {
            Optional<GraphNode> node = nodes.get(new NodeKey(campaignId, personId));
            return node == null ? null : node.orElse(null);
        }

        void flush() {
            if (!newReferrals.isEmpty()) {
                d.insertReferrals(List.copyOf(newReferrals.values()));
                newReferrals.clear();
            }
            if (!newVisits.isEmpty()) {
                d.insertVisits(List.copyOf(newVisits));
                newVisits.clear();
            }
            if (!newNodes.isEmpty()) {
                d.insertNodes(List.copyOf(newNodes));
                newNodes.clear();
            }
            visitors.forEach((campaign, added) -> {
                int reportedNew = added.size();
                int actuallyNew = d.addVisitors(campaign, List.copyOf(added)).size();
                // Each visitor was reported new on their first visit of the batch; the store knows
                // which of them had visited before the batch.
                if (actuallyNew != reportedNew) {
                    addCampaignCounts(campaign, new CampaignCounts(0, actuallyNew - reportedNew, 0, 0, null, 0));
                }
            });
            visitors.clear();
            if (!promoterVisits.isEmpty()) {
                List<PromoterVisits> all = new ArrayList<>(promoterVisits.values());
                all.sort((a, b) -> {
                    int c = Ids.compare(a.campaignId(), b.campaignId());
                    if (c == 0) {
                        c = Ids.compare(a.promoterId(), b.promoterId());
                    }
                    return c != 0 ? c : Ids.compare(a.visitorId(), b.visitorId());
                });
                d.addPromoterVisits(all);
                promoterVisits.clear();
            }
            List<String> campaigns = new ArrayList<>(campaignCounts.keySet());
            campaigns.sort(Ids.ORDER);
            for (String campaign : campaigns) {
                d.addCampaignCounts(campaign, campaignCounts.get(campaign));
            }
            campaignCounts.clear();
            List<String> promoted = new ArrayList<>(promoterCounts.keySet());
            promoted.sort(Ids.ORDER);
            for (String campaign : promoted) {
                d.addPromoterCounts(campaign, promoterCounts.get(campaign));
            }
            promoterCounts.clear();
        }

        @Override
        public Optional<GraphNode> node(String campaignId, String personId) {
            return nodes.computeIfAbsent(new NodeKey(campaignId, personId), k -> d.node(campaignId, personId));
        }

        @Override
        public boolean insertNode(GraphNode node) {
            if (node(node.campaignId(), node.personId()).isPresent()) {
                return false;
            }
            nodes.put(new NodeKey(node.campaignId(), node.personId()), Optional.of(node));
            newNodes.add(node);
            return true;
        }

        /**
         * @return whether the visitor is new to the campaign as far as this batch knows; the
         *     campaign's unique visitors are corrected by {@link #flush} for those who visited before
         */
        @Override
        public boolean addVisitor(String campaignId, String visitorId) {
            return visitors.computeIfAbsent(campaignId, c -> new LinkedHashSet<>()).add(visitorId);
        }

        /** @return whether the visitor is new to the promoter in this batch (the core does not use it) */
        @Override
        public boolean addPromoterVisitor(String campaignId, String promoterId, String visitorId, Instant at) {
            VisitorKey key = new VisitorKey(campaignId, promoterId, visitorId);
            PromoterVisits before = promoterVisits.get(key);
            promoterVisits.put(key, before == null ? new PromoterVisits(campaignId, promoterId, visitorId, at, 1)
                    : new PromoterVisits(campaignId, promoterId, visitorId, before.firstAt(), before.visits() + 1));
            return before == null;
        }

        @Override
        public void addCampaignCounts(String campaignId, CampaignCounts delta) {
            if (delta.channel() != null || delta.shares() != 0) {
                d.addCampaignCounts(campaignId, delta);
                return;
            }
            campaignCounts.merge(campaignId, delta, (a, b) -> new CampaignCounts(a.reads() + b.reads(),
                    a.uniqueVisitors() + b.uniqueVisitors(), a.sharers() + b.sharers(),
                    a.newReferrals() + b.newReferrals(), null, 0));
        }

        @Override
        public void addPromoterCounts(String campaignId, String personId, PromoterCounts delta) {
            promoterCounts.computeIfAbsent(campaignId, c -> new TreeMap<>(Ids.ORDER)).merge(personId, delta,
                    (a, b) -> new PromoterCounts(a.shares() + b.shares(), a.reads() + b.reads(),
                            a.referrals() + b.referrals()));
        }

        // ------------------------------------------------ the rest as the store answers it

        @Override
        public Optional<Campaign> campaign(String campaignId) {
            return d.campaign(campaignId);
        }

        @Override
        public void insertCampaign(Campaign campaign) {
            d.insertCampaign(campaign);
        }

        @Override
        public void updateCampaign(Campaign campaign) {
            d.updateCampaign(campaign);
        }

        @Override
        public List<Campaign> campaigns() {
            return d.campaigns();
        }

        @Override
        public Optional<Share> share(long shareId) {
            return d.share(shareId);
        }

        @Override
        public Map<Long, Share> shares(Collection<Long> shareIds) {
            return d.shares(shareIds);
        }

        @Override
        public Optional<Share> share(String personId, String campaignId, Channel channel) {
            return d.share(personId, campaignId, channel);
        }

        @Override
        public boolean insertShare(Share share) {
            return d.insertShare(share);
        }

        @Override
        public Map<String, ShareAction> shareActions(Collection<String> requestIds) {
            return d.shareActions(requestIds);
        }

        @Override
        public void insertShareAction(ShareAction action) {
            d.insertShareAction(action);
        }

        @Override
        public boolean addSharer(String campaignId, String personId, Instant at) {
            return d.addSharer(campaignId, personId, at);
        }

        @Override
        public List<GraphNode> children(String campaignId, String personId) {
            return d.children(campaignId, personId);
        }

        @Override
        public Page<GraphNode> roots(String campaignId, int page, int size) {
            return d.roots(campaignId, page, size);
        }

        @Override
        public void walk(String campaignId, String startPersonId, int maxDepth, int maxNodes,
                Consumer<GraphNode> action) {
            d.walk(campaignId, startPersonId, maxDepth, maxNodes, action);
        }

        @Override
        public long descendants(String campaignId, String personId) {
            return d.descendants(campaignId, personId);
        }

        @Override
        public long nodeCount(String campaignId) {
            return d.nodeCount(campaignId);
        }

        @Override
        public int maxDepth(String campaignId) {
            return d.maxDepth(campaignId);
        }

        @Override
        public Map<String, StoredVisit> visits(Collection<String> visitIds) {
            return d.visits(visitIds);
        }

        @Override
        public void insertVisit(StoredVisit visit) {
            newVisits.add(visit);
        }

        @Override
        public void insertReferral(Referral referral) {
            newReferrals.put(referral.referralId(), referral);
        }

        @Override
        public Optional<Referral> referral(String referralId) {
            Referral made = newReferrals.get(referralId);
            return made != null ? Optional.of(made) : d.referral(referralId);
        }

        @Override
        public long referralsBy(String sharerId, Instant from, Instant to) {
            long made = 0;
            for (Referral r : newReferrals.values()) {
                if (r.sharerId().equals(sharerId) && !r.at().isBefore(from) && r.at().isBefore(to)) {
                    made++;
                }
            }
            return d.referralsBy(sharerId, from, to) + made;
        }

        @Override
        public Optional<String> rememberDevice(String deviceId, String personId) {
            return d.rememberDevice(deviceId, personId);
        }

        @Override
        public void markReversed(String referralId) {
            d.markReversed(referralId);
        }

        @Override
        public Page<Referral> flagged(int page, int size) {
            return d.flagged(page, size);
        }

        @Override
        public List<String> campaignsWithNode(String personId) {
            return d.campaignsWithNode(personId);
        }

        @Override
        public void removeNode(String campaignId, String personId, String newParentId) {
            throw new UnsupportedOperationException("a batch of visits moves no node");
        }

        @Override
        public void makeRoot(String campaignId, String personId) {
            throw new UnsupportedOperationException("a batch of visits moves no node");
        }

        @Override
        public void renameNode(String campaignId, String fromPersonId, String intoPersonId) {
            throw new UnsupportedOperationException("a batch of visits moves no node");
        }

        @Override
        public void mergePerson(String fromPersonId, String intoPersonId) {
            throw new UnsupportedOperationException("a batch of visits merges no one");
        }

        @Override
        public CampaignStats campaignStats(String campaignId) {
            throw new UnsupportedOperationException("a batch of visits reads no statistics");
        }

        @Override
        public Page<PromoterStats> promoters(String campaignId, int page, int size) {
            throw new UnsupportedOperationException("a batch of visits reads no statistics");
        }

        @Override
        public Page<PromoterVisitor> promoterVisitors(String campaignId, String promoterId, int page, int size) {
            throw new UnsupportedOperationException("a batch of visits reads no statistics");
        }
    }

    // ---------------------------------------------------------------- people

    /** The people store for the batch: units and owners read set-wise, owners kept as bound. */
    static final class People implements PeopleStore {
        private final PeopleStore d;
        private final Map<String, Optional<String>> units = new HashMap<>();
        /** People whose unit the batch stated: the store decides which statement wins. */
        private final Set<String> unitsStated = new HashSet<>();
        private final Map<String, Optional<OwnerBinding>> owners = new HashMap<>();

        People(PeopleStore d) {
            this.d = d;
        }

        void prefetch(Collection<String> payees, Collection<String> visitors) {
            Map<String, String> u = d.unitsOf(payees);
            for (String p : payees) {
                units.put(p, Optional.ofNullable(u.get(p)));
            }
            Map<String, OwnerBinding> o = d.owners(visitors);
            for (String v : visitors) {
                owners.put(v, Optional.ofNullable(o.get(v)));
            }
        }

        @Override
        public void rememberUnit(String personId, String unit, Instant at) {
            unitsStated.add(personId);
            d.rememberUnit(personId, unit, at);
        }

        @Override
        public Optional<String> unitOf(String personId) {
            if (unitsStated.contains(personId)) {
                return d.unitOf(personId);
            }
            return units.computeIfAbsent(personId, d::unitOf);
        }

        @Override
        public Optional<OwnerBinding> owner(String personId) {
            return owners.computeIfAbsent(personId, d::owner);
        }

        @Override
        public void bindOwner(String personId, String ownerId, Instant at) {
            d.bindOwner(personId, ownerId, at);
            owners.put(personId, Optional.of(new OwnerBinding(ownerId, at)));
        }

        @Override
        public String resolve(String personId) {
            return d.resolve(personId);
        }

        @Override
        public String resolveAndHold(String personId, boolean exclusive) {
            return d.resolveAndHold(personId, exclusive);
        }

        @Override
        public Map<String, String> resolveAndHoldAll(java.util.SortedMap<String, Boolean> people) {
            return d.resolveAndHoldAll(people);
        }

        @Override
        public void merge(String fromPersonId, String intoPersonId) {
            throw new UnsupportedOperationException("a batch of visits merges no one");
        }

        @Override
        public void erase(String personId, String pseudonym) {
            throw new UnsupportedOperationException("a batch of visits erases no one");
        }
    }

    // ---------------------------------------------------------------- ledger

    /**
     * The ledger's store for the batch: accounts locked up front and kept with the batch's changes,
     * balance and counter changes summed per row until {@link #flush}.
     */
    static final class Ledger implements LedgerStore {
        private final LedgerStore d;
        private final Map<String, long[]> locked = new HashMap<>();
        private final TreeMap<String, long[]> changes = new TreeMap<>(Ids.ORDER);
        private final Map<String, Optional<ReferralRecord>> referrals = new HashMap<>();
        private final TreeMap<CounterKey, CounterDelta> counters = new TreeMap<>(CounterKey.ORDER);
        private final List<ReferralRecord> newReferrals = new ArrayList<>();
        private final List<EntryDraft> drafts = new ArrayList<>();

        Ledger(LedgerStore d) {
            this.d = d;
        }

        void prefetch(Collection<String> accounts, Collection<String> referralIds) {
            List<String> ordered = new ArrayList<>(accounts);
            ordered.sort(Ids.ORDER);
            if (!ordered.isEmpty()) {
                d.lockAccounts(ordered).forEach((account, state) ->
                        locked.put(account, new long[] {state.balance(), state.debt()}));
            }
            if (!referralIds.isEmpty()) {
                Map<String, ReferralRecord> found = d.referrals(referralIds);
                for (String id : referralIds) {
                    referrals.put(id, Optional.ofNullable(found.get(id)));
                }
            }
        }

        void flush() {
            if (!newReferrals.isEmpty()) {
                d.insertReferrals(List.copyOf(newReferrals));
                newReferrals.clear();
            }
            if (!drafts.isEmpty()) {
                d.append(List.copyOf(drafts));
                drafts.clear();
            }
            if (!changes.isEmpty()) {
                TreeMap<String, AccountState> deltas = new TreeMap<>(Ids.ORDER);
                changes.forEach((account, c) -> {
                    if (c[0] != 0 || c[1] != 0) {
                        deltas.put(account, new AccountState(c[0], c[1]));
                    }
                });
                if (!deltas.isEmpty()) {
                    d.changeAccounts(deltas);
                }
                changes.clear();
            }
            if (!counters.isEmpty()) {
                d.applyCounters(new ArrayList<>(counters.values()));
                counters.clear();
            }
        }

        @Override
        public AccountState lockAccount(String account) {
            long[] state = locked.get(account);
            if (state == null) {
                AccountState s = d.lockAccount(account);
                state = new long[] {s.balance(), s.debt()};
                locked.put(account, state);
            }
            return new AccountState(state[0], state[1]);
        }

        @Override
        public AccountState account(String account) {
            long[] state = locked.get(account);
            return state == null ? d.account(account) : new AccountState(state[0], state[1]);
        }

        @Override
        public void changeAccount(String account, long balanceDelta, long debtDelta) {
            long[] state = locked.get(account);
            if (state == null) {
                throw new IllegalStateException("account " + account + " is not locked");
            }
            state[0] += balanceDelta;
            state[1] += debtDelta;
            long[] change = changes.computeIfAbsent(account, a -> new long[2]);
            change[0] += balanceDelta;
            change[1] += debtDelta;
        }

        @Override
        public Optional<ReferralRecord> referral(String referralId) {
            return referrals.computeIfAbsent(referralId, d::referral);
        }

        @Override
        public void insertReferral(ReferralRecord referral) {
            newReferrals.add(referral);
            referrals.put(referral.referralId(), Optional.of(referral));
        }

        @Override
        public void applyCounters(List<CounterDelta> deltas) {
            for (CounterDelta delta : deltas) {
                counters.merge(delta.key(), delta, (a, b) -> new CounterDelta(a.key(), a.points() + b.points(),
                        a.invited() + b.invited(), later(a.reachedAt(), b.reachedAt())));
            }
        }

        private static Instant later(Instant a, Instant b) {
            return a == null ? b : b == null || !b.isAfter(a) ? a : b;
        }

        @Override
        public long points(CounterKey key) {
            CounterDelta pending = counters.get(key);
            return d.points(key) + (pending == null ? 0 : pending.points());
        }

        // ------------------------------------------------ the rest as the store answers it

        /**
         * Holds the entries back until {@link #flush}, which appends all of the batch's in the order
         * given, so that they take the same order of sequence numbers. The entries returned carry
         * sequence 0: a credit reads only their accounts, reasons and amounts.
         */
        @Override
        public List<LedgerEntry> append(List<EntryDraft> more) {
            drafts.addAll(more);
            List<LedgerEntry> entries = new ArrayList<>(more.size());
            for (EntryDraft e : more) {
                entries.add(new LedgerEntry(0, e.account(), e.amount(), e.reason(), e.campaignId(), e.referralId(),
                        e.instant(), e.key(), e.note()));
            }
            return entries;
        }

        @Override
        public List<LedgerEntry> entriesWithKey(String key) {
            return d.entriesWithKey(key);
        }

        @Override
        public List<LedgerEntry> entriesOfReferral(String referralId) {
            if (newReferrals.stream().anyMatch(r -> r.referralId().equals(referralId))) {
                throw new IllegalStateException("referral " + referralId + " was credited twice in one batch");
            }
            return d.entriesOfReferral(referralId);
        }

        @Override
        public Page<LedgerEntry> entries(String account, int page, int size) {
            return d.entries(account, page, size);
        }

        @Override
        public Optional<KeyedOperation> keyedOperation(String key) {
            return d.keyedOperation(key);
        }

        @Override
        public void insertKeyedOperation(KeyedOperation operation) {
            throw new UnsupportedOperationException("a batch of visits makes no keyed operation");
        }

        @Override
        public Optional<ReferralRecord> lockReferral(String referralId) {
            throw new UnsupportedOperationException("a batch of visits reverses no referral");
        }

        @Override
        public void markReversed(String referralId, Instant reversedAt, List<AwardRecord> awards) {
            throw new UnsupportedOperationException("a batch of visits reverses no referral");
        }

        @Override
        public void recomputeReachedAt(List<CounterKey> keys) {
            throw new UnsupportedOperationException("a batch of visits reverses no referral");
        }

        @Override
        public void moveAccount(String from, String into) {
            throw new UnsupportedOperationException("a batch of visits merges no account");
        }

        @Override
        public BoardSlice board(BoardSource source, long offset, int limit) {
            throw new UnsupportedOperationException("a batch of visits reads no board");
        }

        @Override
        public Optional<RankedRow> boardRow(BoardSource source, String id) {
            throw new UnsupportedOperationException("a batch of visits reads no board");
        }
    }
}
