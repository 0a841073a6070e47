package io.sharehub.jpa.internal;

import static io.sharehub.jpa.internal.NativeStatements.flag;
import static io.sharehub.jpa.internal.NativeStatements.guard;
import static io.sharehub.jpa.internal.NativeStatements.number;
import static io.sharehub.jpa.internal.NativeStatements.placeholders;
import static io.sharehub.jpa.internal.NativeStatements.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharehub.Ids;
import io.sharehub.Page;
import io.sharehub.StorageException;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.CampaignStats;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.Payout;
import io.sharehub.fission.PromoterStats;
import io.sharehub.fission.PromoterVisitor;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.Share;
import io.sharehub.fission.spi.CampaignCounts;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.fission.spi.PromoterCounts;
import io.sharehub.fission.spi.ShareAction;
import io.sharehub.fission.spi.StoredVisit;
import io.sharehub.jpa.internal.entity.FissionCampaign;
import io.sharehub.jpa.internal.entity.FissionCampaignChannel;
import io.sharehub.jpa.internal.entity.FissionCampaignStat;
import io.sharehub.jpa.internal.entity.FissionDevice;
import io.sharehub.jpa.internal.entity.FissionGraph;
import io.sharehub.jpa.internal.entity.FissionNode;
import io.sharehub.jpa.internal.entity.FissionPromoter;
import io.sharehub.jpa.internal.entity.FissionPromoterVisitor;
import io.sharehub.jpa.internal.entity.FissionReferral;
import io.sharehub.jpa.internal.entity.FissionShare;
import io.sharehub.jpa.internal.entity.FissionShareAction;
import io.sharehub.jpa.internal.entity.FissionSharer;
import io.sharehub.jpa.internal.entity.FissionVisit;
import io.sharehub.jpa.internal.entity.FissionVisitor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Fission on Jakarta Persistence. Visits, share actions, referrals and campaigns are inserted as
 * entities; first touch ({@link #insertNode}), shares, and the sharer, visitor and promoter-visitor
 * sets are inserted by SQL that does nothing when the key exists and reports which happened; the
 * campaign and promoter counters change by {@code SET n = n + ?} upserts.
 *
 * <p>The share graph keeps only each node's parent and depth: an insert writes one row and locks
 * no ancestor, so a viral tree has no hot root row. Subtree sizes ({@link #descendants}) and the
 * subtrees a merge moves are read with recursive queries (on MariaDB lifting its default limit of
 * 1,000 iterations for the one statement); walks go breadth first, one query per level.
 *
 * <p>Isolation as for {@link JpaLedgerStore}: a check a stale snapshot answers is caught by a
 * unique key, whose violation the transactions retry; the reads a merge or an insert-if-absent
 * acts on (a person's shares, rows a merge moves, the device just remembered) are current reads
 * on MariaDB, so that a share is found again after a lost insert at REPEATABLE READ too.
 *
 * <p>Within one unit of work (one ShareHub call, or a batch the host or a replay runs in one
 * transaction) it remembers campaigns and shares it has read or written, and how deep it knows
 * each graph to be: a visit reads its campaign and share once, and a node no deeper than the graph
 * already is costs no statement on the graph's row. Merges forget what they may change; nothing is
 * remembered past the unit of work ({@link WriteBehind#discard()}).
 *
 * <p>Thread-safe: besides the context it keeps only that per-thread memory.
 */
public final class JpaFissionStore implements FissionStore, WriteBehind {
    /** The entity classes this store needs in the persistence unit. */
    public static final List<Class<?>> ENTITIES = List.of(FissionCampaign.class, FissionCampaignStat.class,
            FissionCampaignChannel.class, FissionGraph.class, FissionShare.class, FissionShareAction.class,
            FissionSharer.class, FissionVisitor.class, FissionNode.class, FissionVisit.class, FissionReferral.class,
            FissionDevice.class, FissionPromoter.class, FissionPromoterVisitor.class);

    private static final Comparator<GraphNode> EARLIEST =
            Comparator.comparing(GraphNode::joinedAt).thenComparing(GraphNode::personId, Ids.ORDER);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<Object>>> PAYOUTS = new TypeReference<>() {
    };
    private static final String NODE_COLUMNS =
            "campaign_id, person_id, parent_id, depth, entry_channel, joined_ns, referral_id, reversed";
    private static final String VISIT_COLUMNS =
            "visit_id, share_id, campaign_id, sharer_id, visitor_id, at_ns, referral_id, entry_channel";
    private static final String REFERRAL_COLUMNS =
            "referral_id, campaign_id, sharer_id, visitor_id, at_ns, entry_channel, flag_reason, reversed, payouts";

    private final NativeStatements sql;
    private final ThreadLocal<Known> remembered = new ThreadLocal<>();

    /**
     * What the current unit of work has read or written of rows that rarely change, for its entity
     * manager: transactions that end units of work without {@link #discard()} still never share it.
     */
    private static final class Known {
        final EntityManager em;
        final Map<String, Optional<Campaign>> campaigns = new HashMap<>();
        final Map<Long, Share> shares = new HashMap<>();
        /** Per campaign, a depth its graph row is known to have reached. */
        final Map<String, Integer> depths = new HashMap<>();

        Known(EntityManager em) {
            this.em = em;
        }
    }

    /** @param context the current transaction's entity manager and the database's dialect */
    public JpaFissionStore(JpaContext context) {
        this.sql = new NativeStatements(context);
    }

    @Override
    public void flush() {
        // Nothing is held back: only remembered.
    }

    @Override
    public void discard() {
        remembered.remove();
    }

    private Known known() {
        EntityManager em = sql.em();
        Known known = remembered.get();
        if (known == null || known.em != em) {
            known = new Known(em);
            remembered.set(known);
        }
        return known;
    }

    // ---------------------------------------------------------------- campaigns

    @Override
    public Optional<Campaign> campaign(String campaignId) {
        Map<String, Optional<Campaign>> campaigns = known().campaigns;
        Optional<Campaign> campaign = campaigns.get(campaignId);
        if (campaign == null) {
            campaign = guard("fission: reading campaign " + campaignId, () -> sql
                    .row("SELECT campaign_id, title, material_id, start_ns, end_ns, reward_points, created_ns"
                            + " FROM fission_campaign WHERE campaign_id = ?", campaignId)
                    .map(JpaFissionStore::campaign));
            campaigns.put(campaignId, campaign);
        }
        return campaign;
    }

    @Override
    public void insertCampaign(Campaign campaign) {
        known().campaigns.remove(campaign.id());
        guard("fission: inserting campaign " + campaign.id(), () -> sql.insert(List.of(new FissionCampaign(
                campaign.id(), campaign.title(), campaign.materialId(), EpochNanos.of(campaign.start()),
                EpochNanos.of(campaign.end()), rule(campaign.rule()), EpochNanos.of(campaign.createdAt())))));
        known().campaigns.put(campaign.id(), Optional.of(campaign));
    }

    @Override
    public void updateCampaign(Campaign campaign) {
        known().campaigns.remove(campaign.id());
        guard("fission: updating campaign " + campaign.id(), () -> {
            List<Object> params = new ArrayList<>();
            params.add(campaign.title());
            String material = optional(params, campaign.materialId());
            String start = optional(params, EpochNanos.of(campaign.start()));
            String end = optional(params, EpochNanos.of(campaign.end()));
            params.add(rule(campaign.rule()));
            params.add(EpochNanos.of(campaign.createdAt()));
            params.add(campaign.id());
            int updated = sql.update("UPDATE fission_campaign SET title = ?, material_id = " + material + ", start_ns = "
                    + start + ", end_ns = " + end + ", reward_points = ?, created_ns = ? WHERE campaign_id = ?",
                    params.toArray());
            if (updated == 0) {
                insertCampaign(campaign);
            }
        });
    }

    /** Adds a nullable value to the parameters and returns its placeholder, or NULL. */
    private static String optional(List<Object> params, Object value) {
        if (value == null) {
            return "NULL";
        }
        params.add(value);
        return "?";
    }

    @Override
    public List<Campaign> campaigns() {
        return guard("fission: listing campaigns", () -> sql
                .rows("SELECT campaign_id, title, material_id, start_ns, end_ns, reward_points, created_ns"
                        + " FROM fission_campaign").stream()
                .map(JpaFissionStore::campaign).toList());
    }

    private static Campaign campaign(Object[] row) {
        List<Long> points = new ArrayList<>();
        for (String level : text(row[5]).split(",")) {
            points.add(Long.parseLong(level));
        }
        return new Campaign(text(row[0]), text(row[1]), text(row[2]), EpochNanos.instant(row[3]),
                EpochNanos.instant(row[4]), new RewardRule(points), EpochNanos.instant(row[6]));
    }

    private static String rule(RewardRule rule) {
        StringBuilder out = new StringBuilder();
        for (Long points : rule.points()) {
            out.append(out.length() == 0 ? "" : ",").append(points);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- shares

    @Override
    public Optional<Share> share(long shareId) {
        Share remembered = known().shares.get(shareId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<Share> share = guard("fission: reading share " + shareId, () -> sql
                .row("SELECT share_id, person_id, campaign_id, channel, created_ns FROM fission_share WHERE share_id = ?",
                        shareId)
                .map(JpaFissionStore::share));
        share.ifPresent(s -> known().shares.put(shareId, s));
        return share;
    }

    @Override
    public Optional<Share> share(String personId, String campaignId, Channel channel) {
        return guard("fission: reading a share of " + personId, () -> sql
                .row("SELECT share_id, person_id, campaign_id, channel, created_ns FROM fission_share"
                        + " WHERE person_id = ? AND campaign_id = ? AND channel = ?" + sql.currentRead(), personId,
                        campaignId, channel.name())
                .map(JpaFissionStore::share));
    }

    private static Share share(Object[] row) {
        return new Share(number(row[0]), text(row[1]), text(row[2]), Channel.valueOf(text(row[3])),
                EpochNanos.instant(row[4]));
    }

    @Override
    public boolean insertShare(Share share) {
        boolean inserted = guard("fission: inserting share " + share.shareId(), () -> sql.insertIfAbsent(
                "fission_share", List.of("share_id", "person_id", "campaign_id", "channel", "created_ns"),
                List.of(share.shareId(), share.personId(), share.campaignId(), share.channel().name(),
                        EpochNanos.of(share.createdAt())),
                List.of("share_id = ?", "person_id = ? AND campaign_id = ? AND channel = ?"),
                List.of(share.shareId(), share.personId(), share.campaignId(), share.channel().name())));
        if (inserted) {
            known().shares.put(share.shareId(), share);
        }
        return inserted;
    }

    @Override
    public Map<String, ShareAction> shareActions(Collection<String> requestIds) {
        return guard("fission: reading share actions", () -> {
            Map<String, ShareAction> found = new HashMap<>();
            for (List<String> chunk : NativeStatements.chunks(List.copyOf(requestIds))) {
                for (Object[] row : sql.rows("SELECT request_id, share_id, person_id, campaign_id, channel, at_ns,"
                        + " task_completed FROM fission_share_action WHERE request_id IN (" + placeholders(chunk.size())
                        + ")", chunk.toArray())) {
                    found.put(text(row[0]), new ShareAction(text(row[0]), number(row[1]), text(row[2]), text(row[3]),
                            Channel.valueOf(text(row[4])), EpochNanos.instant(row[5]), flag(row[6])));
                }
            }
            return found;
        });
    }

    @Override
    public void insertShareAction(ShareAction action) {
        guard("fission: recording share action " + action.requestId(), () -> sql.insert(List.of(new FissionShareAction(
                action.requestId(), action.shareId(), action.personId(), action.campaignId(), action.channel().name(),
                EpochNanos.of(action.at()), action.taskCompleted()))));
    }

    @Override
    public boolean addSharer(String campaignId, String personId, Instant at) {
        return guard("fission: adding sharer " + personId, () -> sql.insertIfAbsent("fission_sharer",
                List.of("campaign_id", "person_id"), List.of(campaignId, personId),
                "campaign_id = ? AND person_id = ?", List.of(campaignId, personId)));
    }

    // ---------------------------------------------------------------- graph

    @Override
    public Optional<GraphNode> node(String campaignId, String personId) {
        return guard("fission: reading the node of " + personId, () -> sql
                .row("SELECT " + NODE_COLUMNS + " FROM fission_node WHERE campaign_id = ? AND person_id = ?", campaignId,
                        personId)
                .map(JpaFissionStore::node));
    }

    private static GraphNode node(Object[] row) {
        return new GraphNode(text(row[0]), text(row[1]), text(row[2]), (int) number(row[3]),
                EntryChannel.valueOf(text(row[4])), EpochNanos.instant(row[5]), text(row[6]), flag(row[7]));
    }

    @Override
    public boolean insertNode(GraphNode node) {
        return guard("fission: inserting the node of " + node.personId(), () -> {
            List<String> columns = new ArrayList<>(List.of("campaign_id", "person_id", "depth", "entry_channel",
                    "joined_ns", "reversed"));
            List<Object> values = new ArrayList<>(List.of(node.campaignId(), node.personId(), node.depth(),
                    node.entryChannel().name(), EpochNanos.of(node.joinedAt()), node.reversed()));
            if (node.parentId() != null) {
                columns.add("parent_id");
                values.add(node.parentId());
            }
            if (node.referralId() != null) {
                columns.add("referral_id");
                values.add(node.referralId());
            }
            boolean inserted = sql.insertIfAbsent("fission_node", columns, values, "campaign_id = ? AND person_id = ?",
                    List.of(node.campaignId(), node.personId()));
            if (inserted) {
                raiseMaxDepth(node.campaignId(), node.depth());
            }
            return inserted;
        });
    }

    /**
     * Raises the campaign's deepest level to {@code depth} when it is deeper. The update matches no
     * row unless the graph deepens, so the common insert takes no lock on the campaign's row.
     */
    private void raiseMaxDepth(String campaignId, int depth) {
        Map<String, Integer> depths = known().depths;
        Integer reached = depths.get(campaignId);
        if (reached != null && reached >= depth) {
            return;
        }
        raiseMaxDepthRow(campaignId, depth);
        depths.put(campaignId, depth);
    }

    private void raiseMaxDepthRow(String campaignId, int depth) {
        if (sql.row("SELECT max_depth FROM fission_graph WHERE campaign_id = ?", campaignId).isPresent()) {
            sql.update("UPDATE fission_graph SET max_depth = ? WHERE campaign_id = ? AND max_depth < ?", depth, campaignId,
                    depth);
            return;
        }
        switch (sql.dialect()) {
            case POSTGRESQL -> sql.update("INSERT INTO fission_graph AS g (campaign_id, max_depth) VALUES (?, ?)"
                    + " ON CONFLICT (campaign_id) DO UPDATE SET max_depth = GREATEST(g.max_depth, EXCLUDED.max_depth)",
                    campaignId, depth);
            case MARIADB -> sql.update("INSERT INTO fission_graph (campaign_id, max_depth) VALUES (?, ?)"
                    + " ON DUPLICATE KEY UPDATE max_depth = GREATEST(max_depth, VALUES(max_depth))", campaignId, depth);
            case H2 -> sql.update("MERGE INTO fission_graph g USING (VALUES (?, ?)) s(campaign_id, max_depth)"
                    + " ON g.campaign_id = s.campaign_id WHEN MATCHED THEN UPDATE SET max_depth ="
                    + " GREATEST(g.max_depth, s.max_depth) WHEN NOT MATCHED THEN INSERT (campaign_id, max_depth)"
                    + " VALUES (s.campaign_id, s.max_depth)", campaignId, depth);
        }
    }

    /** Sets the campaign's deepest level, as the in-memory store does after moving a subtree. */
    private void setMaxDepth(String campaignId, int depth) {
        known().depths.remove(campaignId);
        if (sql.update("UPDATE fission_graph SET max_depth = ? WHERE campaign_id = ?", depth, campaignId) == 0) {
            sql.insertIfAbsent("fission_graph", List.of("campaign_id", "max_depth"), List.of(campaignId, depth),
                    "campaign_id = ?", List.of(campaignId));
        }
    }

    @Override
    public List<GraphNode> children(String campaignId, String personId) {
        return guard("fission: reading the children of " + personId, () -> {
            List<GraphNode> children = new ArrayList<>();
            for (Object[] row : sql.rows("SELECT " + NODE_COLUMNS + " FROM fission_node WHERE campaign_id = ?"
                    + " AND parent_id = ?", campaignId, personId)) {
                children.add(node(row));
            }
            children.sort(EARLIEST);
            return children;
        });
    }

    @Override
    public Page<GraphNode> roots(String campaignId, int page, int size) {
        return guard("fission: reading the roots of " + campaignId, () -> {
            long total = sql.count("SELECT COUNT(*) FROM fission_node WHERE campaign_id = ? AND parent_id IS NULL",
                    campaignId);
            List<GraphNode> roots = new ArrayList<>();
            if (total > 0) {
                for (Object[] row : sql.page("SELECT " + NODE_COLUMNS + " FROM fission_node WHERE campaign_id = ?"
                        + " AND parent_id IS NULL ORDER BY joined_ns, " + sql.idOrder("person_id"), (long) page * size,
                        size, campaignId)) {
                    roots.add(node(row));
                }
            }
            return new Page<>(roots, page, size, total);
        });
    }

    @Override
    public void walk(String campaignId, String startPersonId, int maxDepth, int maxNodes, Consumer<GraphNode> action) {
        List<GraphNode> level = guard("fission: walking the graph of " + campaignId, () -> {
            if (startPersonId != null) {
                return node(campaignId, startPersonId).map(List::of).orElse(List.of());
            }
            List<GraphNode> roots = new ArrayList<>();
            for (Object[] row : sql.rows("SELECT " + NODE_COLUMNS + " FROM fission_node WHERE campaign_id = ?"
                    + " AND parent_id IS NULL", campaignId)) {
                roots.add(node(row));
            }
            roots.sort(EARLIEST);
            return roots;
        });
        if (level.isEmpty()) {
            return;
        }
        // Breadth first, one level at a time: every node of a level is visited before the children
        // of any, each node's children earliest first, exactly as a queue would hand them out.
        int base = level.get(0).depth();
        int emitted = 0;
        while (!level.isEmpty() && emitted < maxNodes) {
            List<String> parents = new ArrayList<>();
            for (GraphNode node : level) {
                if (emitted == maxNodes) {
                    return;
                }
                action.accept(node);
                emitted++;
                if (node.depth() - base < maxDepth) {
                    parents.add(node.personId());
                }
            }
            level = childrenOf(campaignId, parents);
        }
    }

    /** The children of several nodes, grouped in the order of their parents, each group earliest first. */
    private List<GraphNode> childrenOf(String campaignId, List<String> parents) {
        return guard("fission: walking the graph of " + campaignId, () -> {
            Map<String, List<GraphNode>> byParent = new HashMap<>();
            for (List<String> chunk : NativeStatements.chunks(parents)) {
                List<Object> params = new ArrayList<>(chunk.size() + 1);
                params.add(campaignId);
                params.addAll(chunk);
                for (Object[] row : sql.rows("SELECT " + NODE_COLUMNS + " FROM fission_node WHERE campaign_id = ?"
                        + " AND parent_id IN (" + placeholders(chunk.size()) + ")", params.toArray())) {
                    GraphNode node = node(row);
                    byParent.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node);
                }
            }
            List<GraphNode> next = new ArrayList<>();
            for (String parent : parents) {
                List<GraphNode> children = byParent.get(parent);
                if (children != null) {
                    children.sort(EARLIEST);
                    next.addAll(children);
                }
            }
            return next;
        });
    }

    @Override
    public long descendants(String campaignId, String personId) {
        return guard("fission: counting the descendants of " + personId, () -> sql.count(
                recursive("WITH RECURSIVE sub (person_id) AS (SELECT person_id FROM fission_node WHERE campaign_id = ?"
                        + " AND parent_id = ? UNION ALL SELECT n.person_id FROM fission_node n JOIN sub"
                        + " ON n.parent_id = sub.person_id WHERE n.campaign_id = ?) SELECT COUNT(*) FROM sub"),
                campaignId, personId, campaignId));
    }

    /**
     * The nodes of the subtrees below {@code tops}, with their level below them (a top is level 0).
     */
    private List<Object[]> subtrees(String campaignId, List<String> tops) {
        List<Object[]> found = new ArrayList<>();
        for (List<String> chunk : NativeStatements.chunks(tops)) {
            List<Object> params = new ArrayList<>(chunk.size() + 2);
            params.add(campaignId);
            params.addAll(chunk);
            params.add(campaignId);
            found.addAll(sql.rows(recursive("WITH RECURSIVE sub (person_id, lvl) AS (SELECT person_id, 0 FROM fission_node"
                    + " WHERE campaign_id = ? AND person_id IN (" + placeholders(chunk.size()) + ") UNION ALL"
                    + " SELECT n.person_id, sub.lvl + 1 FROM fission_node n JOIN sub ON n.parent_id = sub.person_id"
                    + " WHERE n.campaign_id = ?) SELECT person_id, lvl FROM sub"), params.toArray()));
        }
        return found;
    }

    /** A recursive query, on MariaDB with its iteration limit lifted for this statement alone. */
    private String recursive(String query) {
        return sql.dialect() == SqlDialect.MARIADB
                ? "SET STATEMENT max_recursive_iterations = 4294967295 FOR " + query : query;
    }

    /** Gives the nodes below {@code tops} the depth {@code topDepth} plus their level. */
    private void redepth(String campaignId, List<String> tops, int topDepth) {
        Map<Long, List<String>> byLevel = new TreeMap<>();
        for (Object[] row : subtrees(campaignId, tops)) {
            byLevel.computeIfAbsent(number(row[1]), l -> new ArrayList<>()).add(text(row[0]));
        }
        byLevel.forEach((level, people) -> {
            for (List<String> chunk : NativeStatements.chunks(people)) {
                List<Object> params = new ArrayList<>(chunk.size() + 2);
                params.add(topDepth + level);
                params.add(campaignId);
                params.addAll(chunk);
                sql.update("UPDATE fission_node SET depth = ? WHERE campaign_id = ? AND person_id IN ("
                        + placeholders(chunk.size()) + ")", params.toArray());
            }
        });
    }

    @Override
    public long nodeCount(String campaignId) {
        return guard("fission: counting the nodes of " + campaignId, () -> sql.count(
                "SELECT COUNT(*) FROM fission_node WHERE campaign_id = ?", campaignId));
    }

    @Override
    public int maxDepth(String campaignId) {
        return guard("fission: reading the depth of " + campaignId, () -> sql
                .row("SELECT max_depth FROM fission_graph WHERE campaign_id = ?", campaignId)
                .map(row -> (int) number(row[0])).orElse(-1));
    }

    @Override
    public void removeNode(String campaignId, String personId, String newParentId) {
        guard("fission: removing the node of " + personId, () -> {
            int parentDepth = node(campaignId, newParentId).orElseThrow().depth();
            List<String> children = children(campaignId, personId).stream().map(GraphNode::personId).toList();
            sql.update("UPDATE fission_node SET parent_id = ? WHERE campaign_id = ? AND parent_id = ?", newParentId,
                    campaignId, personId);
            if (!children.isEmpty()) {
                redepth(campaignId, children, parentDepth + 1);
                // The in-memory reference recomputes the deepest level while the removed node is
                // still there, and only when children moved: so does this store.
                setMaxDepth(campaignId, (int) number(sql.rows("SELECT MAX(depth) FROM fission_node WHERE campaign_id = ?",
                        campaignId).get(0)[0]));
            }
            sql.update("DELETE FROM fission_node WHERE campaign_id = ? AND person_id = ?", campaignId, personId);
        });
    }

    @Override
    public void makeRoot(String campaignId, String personId) {
        guard("fission: making " + personId + " a root", () -> {
            sql.update("UPDATE fission_node SET parent_id = NULL, depth = 0, entry_channel = ? WHERE campaign_id = ?"
                    + " AND person_id = ?", EntryChannel.DIRECT.name(), campaignId, personId);
            redepth(campaignId, List.of(personId), 0);
            setMaxDepth(campaignId, (int) number(sql.rows("SELECT COALESCE(MAX(depth), -1) FROM fission_node"
                    + " WHERE campaign_id = ?", campaignId).get(0)[0]));
        });
    }

    @Override
    public void renameNode(String campaignId, String fromPersonId, String intoPersonId) {
        guard("fission: renaming the node of " + fromPersonId, () -> {
            sql.update("UPDATE fission_node SET person_id = ? WHERE campaign_id = ? AND person_id = ?", intoPersonId,
                    campaignId, fromPersonId);
            sql.update("UPDATE fission_node SET parent_id = ? WHERE campaign_id = ? AND parent_id = ?", intoPersonId,
                    campaignId, fromPersonId);
        });
    }

    @Override
    public List<String> campaignsWithNode(String personId) {
        return guard("fission: finding the campaigns of " + personId, () -> {
            List<String> campaigns = new ArrayList<>();
            sql.rows("SELECT DISTINCT campaign_id FROM fission_node WHERE person_id = ?", personId)
                    .forEach(row -> campaigns.add(text(row[0])));
            campaigns.sort(Ids.ORDER);
            return campaigns;
        });
    }

    // ---------------------------------------------------------------- visits and referrals

    @Override
    public Map<String, StoredVisit> visits(Collection<String> visitIds) {
        return guard("fission: reading visits", () -> {
            Map<String, StoredVisit> found = new HashMap<>();
            for (List<String> chunk : NativeStatements.chunks(List.copyOf(visitIds))) {
                for (Object[] row : sql.rows("SELECT " + VISIT_COLUMNS + " FROM fission_visit WHERE visit_id IN ("
                        + placeholders(chunk.size()) + ")", chunk.toArray())) {
                    String entry = text(row[7]);
                    found.put(text(row[0]), new StoredVisit(text(row[0]), number(row[1]), text(row[2]), text(row[3]),
                            text(row[4]), EpochNanos.instant(row[5]), text(row[6]),
                            entry == null ? null : EntryChannel.valueOf(entry)));
                }
            }
            return found;
        });
    }

    @Override
    public void insertVisit(StoredVisit visit) {
        guard("fission: recording visit " + visit.visitId(), () -> sql.insert(List.of(visitRow(visit))));
    }

    /** One multi-row insert per 500 visits. */
    @Override
    public void insertVisits(List<StoredVisit> visits) {
        guard("fission: recording " + visits.size() + " visits", () -> {
            List<List<Object>> rows = new ArrayList<>(visits.size());
            for (StoredVisit v : visits) {
                rows.add(java.util.Arrays.asList(v.visitId(), v.shareId(), v.campaignId(), v.sharerId(), v.visitorId(),
                        EpochNanos.of(v.at()), v.referralId(), v.entryChannel() == null ? null : v.entryChannel().name()));
            }
            for (List<List<Object>> chunk : NativeStatements.chunks(rows)) {
                DialectSql.insertAll("fission_visit", List.of("visit_id", "share_id", "campaign_id", "sharer_id",
                        "visitor_id", "at_ns", "referral_id", "entry_channel"), chunk).update(sql.em());
            }
        });
    }

    private static FissionVisit visitRow(StoredVisit visit) {
        return new FissionVisit(visit.visitId(), visit.shareId(), visit.campaignId(), visit.sharerId(),
                visit.visitorId(), EpochNanos.of(visit.at()), visit.referralId(),
                visit.entryChannel() == null ? null : visit.entryChannel().name());
    }

    @Override
    public void insertReferral(Referral referral) {
        guard("fission: recording referral " + referral.referralId(), () -> sql.insert(List.of(referralRow(referral))));
    }

    /** One multi-row insert per 500 referrals. */
    @Override
    public void insertReferrals(List<Referral> referrals) {
        guard("fission: recording " + referrals.size() + " referrals", () -> {
            List<List<Object>> rows = new ArrayList<>(referrals.size());
            for (Referral r : referrals) {
                rows.add(java.util.Arrays.asList(r.referralId(), r.campaignId(), r.sharerId(), r.visitorId(),
                        EpochNanos.of(r.at()), r.entryChannel().name(), r.flagReason(), r.flagged(), r.reversed(),
                        payouts(r.payouts())));
            }
            for (List<List<Object>> chunk : NativeStatements.chunks(rows)) {
                DialectSql.insertAll("fission_referral", List.of("referral_id", "campaign_id", "sharer_id",
                        "visitor_id", "at_ns", "entry_channel", "flag_reason", "flagged", "reversed", "payouts"), chunk)
                        .update(sql.em());
            }
        });
    }

    private static FissionReferral referralRow(Referral referral) {
        return new FissionReferral(referral.referralId(), referral.campaignId(), referral.sharerId(),
                referral.visitorId(), EpochNanos.of(referral.at()), referral.entryChannel().name(), referral.flagReason(),
                referral.flagged(), referral.reversed(), payouts(referral.payouts()));
    }

    @Override
    public Optional<Referral> referral(String referralId) {
        return guard("fission: reading referral " + referralId, () -> sql
                .row("SELECT " + REFERRAL_COLUMNS + " FROM fission_referral WHERE referral_id = ?", referralId)
                .map(JpaFissionStore::referral));
    }

    private static Referral referral(Object[] row) {
        return new Referral(text(row[0]), text(row[1]), text(row[2]), text(row[3]), EpochNanos.instant(row[4]),
                EntryChannel.valueOf(text(row[5])), text(row[6]), flag(row[7]), payouts(text(row[8])));
    }

    private static String payouts(List<Payout> payouts) {
        List<List<Object>> rows = new ArrayList<>(payouts.size());
        for (Payout payout : payouts) {
            rows.add(List.of(payout.level(), payout.account(), payout.points()));
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new StorageException("fission: cannot write payouts as JSON", e);
        }
    }

    private static List<Payout> payouts(String json) {
        try {
            List<Payout> payouts = new ArrayList<>();
            for (List<Object> row : JSON.readValue(json, PAYOUTS)) {
                payouts.add(new Payout(((Number) row.get(0)).intValue(), (String) row.get(1),
                        ((Number) row.get(2)).longValue()));
            }
            return payouts;
        } catch (JsonProcessingException e) {
            throw new StorageException("fission: stored payouts are not the JSON this store writes: " + json, e);
        }
    }

    @Override
    public long referralsBy(String sharerId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        return guard("fission: counting the referrals of " + sharerId, () -> sql.count(
                "SELECT COUNT(*) FROM fission_referral WHERE sharer_id = ? AND at_ns >= ? AND at_ns < ?", sharerId,
                EpochNanos.of(from), EpochNanos.of(to)));
    }

    @Override
    public Optional<String> rememberDevice(String deviceId, String personId) {
        return guard("fission: remembering device " + deviceId, () -> {
            sql.insertIfAbsent("fission_device", List.of("device_id", "person_id"), List.of(deviceId, personId),
                    "device_id = ?", List.of(deviceId));
            String first = text(sql.rows("SELECT person_id FROM fission_device WHERE device_id = ?" + sql.currentRead(),
                    deviceId).get(0)[0]);
            return first.equals(personId) ? Optional.<String>empty() : Optional.of(first);
        });
    }

    @Override
    public void markReversed(String referralId) {
        guard("fission: reversing referral " + referralId, () -> {
            sql.update("UPDATE fission_referral SET reversed = TRUE WHERE referral_id = ?", referralId);
            String campaignId = text(sql.rows("SELECT campaign_id FROM fission_referral WHERE referral_id = ?",
                    referralId).get(0)[0]);
            sql.update("UPDATE fission_node SET reversed = TRUE WHERE campaign_id = ? AND referral_id = ?", campaignId,
                    referralId);
        });
    }

    @Override
    public Page<Referral> flagged(int page, int size) {
        return guard("fission: listing flagged referrals", () -> {
            long total = sql.count("SELECT COUNT(*) FROM fission_referral WHERE flagged = TRUE");
            List<Referral> rows = new ArrayList<>();
            if (total > 0) {
                for (Object[] row : sql.page("SELECT " + REFERRAL_COLUMNS + " FROM fission_referral WHERE flagged = TRUE"
                        + " ORDER BY at_ns DESC, " + sql.idOrder("referral_id"), (long) page * size, size)) {
                    rows.add(referral(row));
                }
            }
            return new Page<>(rows, page, size, total);
        });
    }

    // ---------------------------------------------------------------- sets and counters

    @Override
    public boolean addVisitor(String campaignId, String visitorId) {
        return guard("fission: adding visitor " + visitorId, () -> sql.insertIfAbsent("fission_visitor",
                List.of("campaign_id", "visitor_id"), List.of(campaignId, visitorId),
                "campaign_id = ? AND visitor_id = ?", List.of(campaignId, visitorId)));
    }

    @Override
    public boolean addPromoterVisitor(String campaignId, String promoterId, String visitorId, Instant at) {
        return guard("fission: adding a visitor of " + promoterId, () -> {
            BigDecimal first = EpochNanos.of(at);
            String count = "UPDATE fission_promoter_visitor SET visits = visits + 1"
                    + " WHERE campaign_id = ? AND promoter_id = ? AND visitor_id = ?";
            return switch (sql.dialect()) {
                // An existing row is not locked by DO NOTHING, so counting it up after takes one lock.
                case POSTGRESQL -> {
                    boolean added = sql.update("INSERT INTO fission_promoter_visitor (campaign_id, promoter_id, visitor_id,"
                            + " first_ns, visits) VALUES (?, ?, ?, ?, 1) ON CONFLICT DO NOTHING", campaignId, promoterId,
                            visitorId, first) == 1;
                    if (!added) {
                        sql.update(count, campaignId, promoterId, visitorId);
                    }
                    yield added;
                }
                // One statement: 1 row affected for an insert, 2 for an update.
                case MARIADB -> sql.update("INSERT INTO fission_promoter_visitor (campaign_id, promoter_id, visitor_id,"
                        + " first_ns, visits) VALUES (?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE visits = visits + 1",
                        campaignId, promoterId, visitorId, first) == 1;
                case H2 -> {
                    if (sql.update(count, campaignId, promoterId, visitorId) == 1) {
                        yield false;
                    }
                    sql.update("INSERT INTO fission_promoter_visitor (campaign_id, promoter_id, visitor_id, first_ns,"
                            + " visits) VALUES (?, ?, ?, ?, 1)", campaignId, promoterId, visitorId, first);
                    yield true;
                }
            };
        });
    }

    @Override
    public void addCampaignCounts(String campaignId, CampaignCounts delta) {
        guard("fission: counting for campaign " + campaignId, () -> {
            if (delta.reads() != 0 || delta.uniqueVisitors() != 0 || delta.sharers() != 0 || delta.newReferrals() != 0) {
                addToStat(campaignId, delta.reads(), delta.uniqueVisitors(), delta.sharers(), delta.newReferrals());
            }
            if (delta.channel() != null && delta.shares() != 0) {
                upsert("fission_campaign_channel", List.of("campaign_id", "channel"),
                        List.of(campaignId, delta.channel().name()), List.of("shares"), List.of(delta.shares()));
            }
        });
    }

    private void addToStat(String campaignId, long reads, long uniqueVisitors, long sharers, long newReferrals) {
        upsert("fission_campaign_stat", List.of("campaign_id"), List.of(campaignId),
                List.of("read_count", "unique_visitors", "sharers", "new_referrals"),
                List.of(reads, uniqueVisitors, sharers, newReferrals));
    }

    @Override
    public void addPromoterCounts(String campaignId, String personId, PromoterCounts delta) {
        guard("fission: counting for promoter " + personId, () -> upsert("fission_promoter",
                List.of("campaign_id", "person_id"), List.of(campaignId, personId),
                List.of("shares", "read_count", "referrals"), List.of(delta.shares(), delta.reads(), delta.referrals())));
    }

    /** Adds to counters, creating the row with the increments when missing: one atomic statement. */
    private void upsert(String table, List<String> keys, List<Object> keyValues, List<String> counters,
            List<Long> increments) {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(counters);
        List<Object> values = new ArrayList<>(keyValues);
        values.addAll(increments);
        String names = String.join(", ", columns);
        List<String> sets = new ArrayList<>();
        String statement = switch (sql.dialect()) {
            case POSTGRESQL -> {
                counters.forEach(c -> sets.add(c + " = t." + c + " + EXCLUDED." + c));
                yield "INSERT INTO " + table + " AS t (" + names + ") VALUES (" + placeholders(columns.size())
                        + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + String.join(", ", sets);
            }
            case MARIADB -> {
                counters.forEach(c -> sets.add(c + " = " + c + " + VALUES(" + c + ")"));
                yield "INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders(columns.size())
                        + ") ON DUPLICATE KEY UPDATE " + String.join(", ", sets);
            }
            case H2 -> {
                counters.forEach(c -> sets.add(c + " = t." + c + " + s." + c));
                List<String> on = new ArrayList<>();
                keys.forEach(k -> on.add("t." + k + " = s." + k));
                List<String> inserted = new ArrayList<>();
                columns.forEach(c -> inserted.add("s." + c));
                yield "MERGE INTO " + table + " t USING (VALUES (" + placeholders(columns.size()) + ")) s(" + names
                        + ") ON " + String.join(" AND ", on) + " WHEN MATCHED THEN UPDATE SET " + String.join(", ", sets)
                        + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + String.join(", ", inserted) + ")";
            }
        };
        sql.update(statement, values.toArray());
    }

    // ---------------------------------------------------------------- merge

    @Override
    public void mergePerson(String from, String into) {
        known().shares.clear();
        guard("fission: merging " + from + " into " + into, () -> {
            // A share moves unless the other already has one for its campaign and channel: then it
            // keeps the old person, so that both tokens keep working.
            for (Object[] row : sql.rows("SELECT share_id, campaign_id, channel FROM fission_share WHERE person_id = ?"
                    + sql.currentRead(), from)) {
                if (sql.rows("SELECT 1 FROM fission_share WHERE person_id = ? AND campaign_id = ? AND channel = ?"
                        + sql.currentRead(), into, text(row[1]), text(row[2])).isEmpty()) {
                    sql.update("UPDATE fission_share SET person_id = ? WHERE share_id = ?", into, number(row[0]));
                }
            }
            sql.update("UPDATE fission_share_action SET person_id = ? WHERE person_id = ?", into, from);
            sql.update("UPDATE fission_visit SET sharer_id = ? WHERE sharer_id = ?", into, from);
            sql.update("UPDATE fission_visit SET visitor_id = ? WHERE visitor_id = ?", into, from);
            sql.update("UPDATE fission_referral SET sharer_id = ? WHERE sharer_id = ?", into, from);
            sql.update("UPDATE fission_referral SET visitor_id = ? WHERE visitor_id = ?", into, from);
            sql.update("UPDATE fission_device SET person_id = ? WHERE person_id = ?", into, from);
            mergeSetMember("fission_sharer", "person_id", true, from, into);
            mergeSetMember("fission_visitor", "visitor_id", false, from, into);
            for (Object[] row : sql.rows("SELECT campaign_id, shares, read_count, referrals FROM fission_promoter"
                    + " WHERE person_id = ?" + sql.currentRead(), from)) {
                upsert("fission_promoter", List.of("campaign_id", "person_id"), List.of(text(row[0]), into),
                        List.of("shares", "read_count", "referrals"),
                        List.of(number(row[1]), number(row[2]), number(row[3])));
            }
            sql.update("DELETE FROM fission_promoter WHERE person_id = ?", from);
            // First the promoter's own visitor list moves, then the person as everyone's visitor,
            // so a visit of one's own link ends as (into, into), as in the reference.
            for (Object[] row : sql.rows("SELECT campaign_id, visitor_id, first_ns, visits FROM fission_promoter_visitor"
                    + " WHERE promoter_id = ?" + sql.currentRead(), from)) {
                mergeVisitor(text(row[0]), into, text(row[1]), (BigDecimal) row[2], number(row[3]));
            }
            sql.update("DELETE FROM fission_promoter_visitor WHERE promoter_id = ?", from);
            for (Object[] row : sql.rows("SELECT campaign_id, promoter_id, first_ns, visits FROM fission_promoter_visitor"
                    + " WHERE visitor_id = ?" + sql.currentRead(), from)) {
                mergeVisitor(text(row[0]), text(row[1]), into, (BigDecimal) row[2], number(row[3]));
            }
            sql.update("DELETE FROM fission_promoter_visitor WHERE visitor_id = ?", from);
        });
    }

    /**
     * Moves a person's membership of a campaign set to another; where the other is a member
     * already, the row goes and the campaign's counter of the set ({@code sharers} or
     * {@code unique_visitors}) loses one.
     */
    private void mergeSetMember(String table, String column, boolean sharers, String from, String into) {
        for (Object[] row : sql.rows("SELECT campaign_id FROM " + table + " WHERE " + column + " = ?" + sql.currentRead(),
                from)) {
            String campaignId = text(row[0]);
            if (sql.rows("SELECT 1 FROM " + table + " WHERE campaign_id = ? AND " + column + " = ?" + sql.currentRead(),
                    campaignId, into).isEmpty()) {
                sql.update("UPDATE " + table + " SET " + column + " = ? WHERE campaign_id = ? AND " + column + " = ?",
                        into, campaignId, from);
            } else {
                sql.update("DELETE FROM " + table + " WHERE campaign_id = ? AND " + column + " = ?", campaignId, from);
                addToStat(campaignId, 0, sharers ? 0 : -1, sharers ? -1 : 0, 0);
            }
        }
    }

    /** Adds visits to a promoter's visitor row: the earlier first visit, the visits summed. */
    private void mergeVisitor(String campaignId, String promoterId, String visitorId, BigDecimal first, long visits) {
        Optional<Object[]> existing = sql.row("SELECT first_ns FROM fission_promoter_visitor WHERE campaign_id = ?"
                + " AND promoter_id = ? AND visitor_id = ?" + sql.currentRead(), campaignId, promoterId, visitorId);
        if (existing.isEmpty()) {
            sql.update("INSERT INTO fission_promoter_visitor (campaign_id, promoter_id, visitor_id, first_ns, visits)"
                    + " VALUES (?, ?, ?, ?, ?)", campaignId, promoterId, visitorId, first, visits);
            return;
        }
        BigDecimal earlier = ((BigDecimal) existing.get()[0]).min(first);
        sql.update("UPDATE fission_promoter_visitor SET first_ns = ?, visits = visits + ? WHERE campaign_id = ?"
                + " AND promoter_id = ? AND visitor_id = ?", earlier, visits, campaignId, promoterId, visitorId);
    }

    // ---------------------------------------------------------------- statistics

    @Override
    public CampaignStats campaignStats(String campaignId) {
        return guard("fission: reading the statistics of " + campaignId, () -> {
            Map<Channel, Long> shares = new EnumMap<>(Channel.class);
            sql.rows("SELECT channel, shares FROM fission_campaign_channel WHERE campaign_id = ?", campaignId)
                    .forEach(row -> shares.put(Channel.valueOf(text(row[0])), number(row[1])));
            return sql.row("SELECT read_count, unique_visitors, sharers, new_referrals FROM fission_campaign_stat"
                    + " WHERE campaign_id = ?", campaignId)
                    .map(row -> new CampaignStats(number(row[0]), number(row[1]), number(row[2]), shares, number(row[3])))
                    .orElseGet(() -> new CampaignStats(0, 0, 0, shares, 0));
        });
    }

    @Override
    public Page<PromoterStats> promoters(String campaignId, int page, int size) {
        return guard("fission: listing the promoters of " + campaignId, () -> {
            long total = sql.count("SELECT COUNT(*) FROM fission_promoter WHERE campaign_id = ? AND shares > 0",
                    campaignId);
            List<PromoterStats> rows = new ArrayList<>();
            if (total > 0) {
                for (Object[] row : sql.page("SELECT person_id, shares, read_count, referrals FROM fission_promoter"
                        + " WHERE campaign_id = ? AND shares > 0 ORDER BY referrals DESC, read_count DESC, shares DESC, "
                        + sql.idOrder("person_id"), (long) page * size, size, campaignId)) {
                    rows.add(new PromoterStats(text(row[0]), number(row[1]), number(row[2]), number(row[3]), 0));
                }
            }
            return new Page<>(rows, page, size, total);
        });
    }

    @Override
    public Page<PromoterVisitor> promoterVisitors(String campaignId, String promoterId, int page, int size) {
        return guard("fission: listing the visitors of " + promoterId, () -> {
            long total = sql.count("SELECT COUNT(*) FROM fission_promoter_visitor WHERE campaign_id = ?"
                    + " AND promoter_id = ?", campaignId, promoterId);
            List<PromoterVisitor> rows = new ArrayList<>();
            if (total > 0) {
                for (Object[] row : sql.page("SELECT v.visitor_id, v.first_ns, v.visits, n.parent_id, n.entry_channel"
                        + " FROM fission_promoter_visitor v LEFT JOIN fission_node n ON n.campaign_id = v.campaign_id"
                        + " AND n.person_id = v.visitor_id WHERE v.campaign_id = ? AND v.promoter_id = ?"
                        + " ORDER BY v.first_ns, " + sql.idOrder("v.visitor_id"), (long) page * size, size, campaignId,
                        promoterId)) {
                    boolean referral = promoterId.equals(text(row[3]));
                    rows.add(new PromoterVisitor(text(row[0]), EpochNanos.instant(row[1]), number(row[2]), referral,
                            referral ? EntryChannel.valueOf(text(row[4])) : null, null));
                }
            }
            return new Page<>(rows, page, size, total);
        });
    }

    // ---------------------------------------------------------------- batches of visits

    @Override
    public Map<Long, Share> shares(Collection<Long> shareIds) {
        return guard("fission: reading shares", () -> {
            Map<Long, Share> found = new HashMap<>();
            List<Long> missing = new ArrayList<>();
            for (long id : shareIds) {
                Share remembered = known().shares.get(id);
                if (remembered != null) {
                    found.put(id, remembered);
                } else {
                    missing.add(id);
                }
            }
            for (List<Long> chunk : NativeStatements.chunks(missing)) {
                for (Object[] row : Sql.of("SELECT share_id, person_id, campaign_id, channel, created_ns FROM fission_share"
                        + " WHERE share_id IN (").params(chunk).append(")").rows(sql.em())) {
                    Share share = share(row);
                    found.put(share.shareId(), share);
                    known().shares.put(share.shareId(), share);
                }
            }
            return found;
        });
    }

    @Override
    public Map<String, GraphNode> nodes(String campaignId, Collection<String> personIds) {
        return guard("fission: reading nodes of " + campaignId, () -> {
            Map<String, GraphNode> found = new HashMap<>();
            for (List<String> chunk : NativeStatements.chunks(List.copyOf(personIds))) {
                for (Object[] row : Sql.of("SELECT " + NODE_COLUMNS + " FROM fission_node WHERE campaign_id = ")
                        .param(campaignId).append(" AND person_id IN (").params(chunk).append(")").rows(sql.em())) {
                    GraphNode node = node(row);
                    found.put(node.personId(), node);
                }
            }
            return found;
        });
    }

    /** One multi-row insert per 500 nodes, sorted by campaign and person; then each graph's depth once. */
    @Override
    public void insertNodes(List<GraphNode> nodes) {
        guard("fission: inserting nodes", () -> {
            List<GraphNode> sorted = new ArrayList<>(nodes);
            sorted.sort(Comparator.comparing(GraphNode::campaignId, Ids.ORDER)
                    .thenComparing(GraphNode::personId, Ids.ORDER));
            List<List<Object>> rows = new ArrayList<>(sorted.size());
            Map<String, Integer> deepest = new TreeMap<>(Ids.ORDER);
            for (GraphNode node : sorted) {
                rows.add(java.util.Arrays.asList(node.campaignId(), node.personId(), node.parentId(), node.depth(),
                        node.entryChannel().name(), EpochNanos.of(node.joinedAt()), node.referralId(),
                        node.reversed()));
                deepest.merge(node.campaignId(), node.depth(), Math::max);
            }
            for (List<List<Object>> chunk : NativeStatements.chunks(rows)) {
                DialectSql.insertAllIfAbsent(sql.dialect(), "fission_node", List.of("campaign_id", "person_id",
                        "parent_id", "depth", "entry_channel", "joined_ns", "referral_id", "reversed"),
                        List.of("campaign_id", "person_id"), chunk).update(sql.em());
            }
            deepest.forEach(this::raiseMaxDepth);
        });
    }

    /**
     * Reads which visitors the campaign has seen, then inserts the others in one statement. The
     * core holds every visitor of a batch exclusively ({@code PeopleStore#resolveAndHold}), so no
     * other transaction adds them in between.
     */
    @Override
    public java.util.Set<String> addVisitors(String campaignId, List<String> visitorIds) {
        return guard("fission: adding visitors of " + campaignId, () -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (List<String> chunk : NativeStatements.chunks(visitorIds)) {
                for (Object id : Sql.of("SELECT visitor_id FROM fission_visitor WHERE campaign_id = ").param(campaignId)
                        .append(" AND visitor_id IN (").params(chunk).append(")").column(sql.em())) {
                    seen.add(text(id));
                }
            }
            List<String> added = new ArrayList<>();
            for (String visitor : visitorIds) {
                if (!seen.contains(visitor)) {
                    added.add(visitor);
                }
            }
            added.sort(Ids.ORDER);
            List<List<Object>> rows = new ArrayList<>(added.size());
            for (String visitor : added) {
                rows.add(List.of(campaignId, visitor));
            }
            for (List<List<Object>> chunk : NativeStatements.chunks(rows)) {
                DialectSql.insertAllIfAbsent(sql.dialect(), "fission_visitor", List.of("campaign_id", "visitor_id"),
                        List.of("campaign_id", "visitor_id"), chunk).update(sql.em());
            }
            return new java.util.LinkedHashSet<>(added);
        });
    }

    /** One multi-row upsert per 500 rows: new rows keep the first instant given, existing ones count up. */
    @Override
    public void addPromoterVisits(List<io.sharehub.fission.spi.PromoterVisits> visits) {
        guard("fission: adding promoters' visitors", () -> {
            List<List<?>> rows = new ArrayList<>(visits.size());
            for (io.sharehub.fission.spi.PromoterVisits v : visits) {
                rows.add(List.of(v.campaignId(), v.promoterId(), v.visitorId(), EpochNanos.of(v.firstAt()), v.visits()));
            }
            for (List<List<?>> chunk : NativeStatements.chunks(rows)) {
                DialectSql.upsert(sql.dialect(), "fission_promoter_visitor",
                        List.of("campaign_id", "promoter_id", "visitor_id"),
                        List.of("campaign_id", "promoter_id", "visitor_id", "first_ns", "visits"), chunk,
                        List.of("visits = OLD.visits + NEW.visits")).update(sql.em());
            }
        });
    }

    /** One multi-row upsert per 500 promoters, sorted by person. */
    @Override
    public void addPromoterCounts(String campaignId, Map<String, PromoterCounts> deltas) {
        guard("fission: counting for promoters of " + campaignId, () -> {
            TreeMap<String, PromoterCounts> sorted = new TreeMap<>(Ids.ORDER);
            sorted.putAll(deltas);
            List<List<?>> rows = new ArrayList<>(sorted.size());
            sorted.forEach((person, d) -> rows.add(List.of(campaignId, person, d.shares(), d.reads(), d.referrals())));
            for (List<List<?>> chunk : NativeStatements.chunks(rows)) {
                DialectSql.addToCounters(sql.dialect(), "fission_promoter", List.of("campaign_id", "person_id"),
                        List.of("shares", "read_count", "referrals"), chunk).update(sql.em());
            }
        });
    }
}
