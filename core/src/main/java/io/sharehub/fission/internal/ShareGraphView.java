package io.sharehub.fission.internal;

import io.sharehub.Page;
import io.sharehub.fission.GraphExport;
import io.sharehub.fission.GraphLimits;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.NodeSummary;
import io.sharehub.fission.ShareGraph;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One campaign's share graph, read through the fission store. */
final class ShareGraphView implements ShareGraph {
    private final HubContext hub;
    private final FissionStore store;
    private final String campaignId;
    private final Rewards rewards;

    ShareGraphView(HubContext hub, String campaignId, Rewards rewards) {
        this.hub = hub;
        this.store = hub.stores().fission();
        this.campaignId = campaignId;
        this.rewards = rewards;
    }

    @Override
    public String campaignId() {
        return campaignId;
    }

    @Override
    public Optional<NodeSummary> node(String personId) {
        String id = resolve(personId);
        return hub.tx().read(() -> store.node(campaignId, id).map(this::summary));
    }

    @Override
    public Page<NodeSummary> roots(int page, int size) {
        Page.check(page, size);
        return hub.tx().read(() -> store.roots(campaignId, page, size).map(this::summary));
    }

    @Override
    public List<NodeSummary> children(String personId) {
        String id = resolve(personId);
        return hub.tx().read(() -> store.children(campaignId, id).stream().map(this::summary).toList());
    }

    @Override
    public List<GraphNode> ancestors(String personId) {
        String id = resolve(personId);
        return hub.tx().read(() -> {
            List<GraphNode> chain = new ArrayList<>();
            Optional<GraphNode> node = store.node(campaignId, id);
            while (node.isPresent() && node.get().parentId() != null) {
                node = store.node(campaignId, node.get().parentId());
                node.ifPresent(chain::add);
            }
            return chain;
        });
    }

    @Override
    public long size() {
        return hub.tx().read(() -> store.nodeCount(campaignId));
    }

    @Override
    public int maxDepth() {
        return hub.tx().read(() -> store.maxDepth(campaignId));
    }

    @Override
    public GraphExport export(GraphLimits limits) {
        Check.given("limits", limits);
        String start = limits.rootPersonId() == null ? null : resolve(limits.rootPersonId());
        return hub.tx().read(() -> {
            List<GraphNode> nodes = new ArrayList<>();
            store.walk(campaignId, start, limits.maxDepth(), limits.maxNodes() + 1, nodes::add);
            boolean truncated = nodes.size() > limits.maxNodes();
            if (truncated) {
                nodes.remove(nodes.size() - 1);
            }
            if (!truncated && !nodes.isEmpty()) {
                int base = nodes.get(0).depth();
                truncated = nodes.stream().anyMatch(n -> n.depth() - base == limits.maxDepth()
                        && !store.children(campaignId, n.personId()).isEmpty());
            }
            return new GraphExport(campaignId, nodes.stream().map(this::summary).toList(), truncated);
        });
    }

    private NodeSummary summary(GraphNode node) {
        long invites = store.children(campaignId, node.personId()).stream().filter(c -> !c.reversed()).count();
        return new NodeSummary(node, invites, store.descendants(campaignId, node.personId()),
                rewards.campaignPoints(campaignId, node.personId()));
    }

    private String resolve(String personId) {
        String id = Check.id("personId", personId);
        return hub.tx().read(() -> hub.stores().people().resolve(id));
    }
}
