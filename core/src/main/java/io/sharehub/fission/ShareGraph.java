package io.sharehub.fission;

import io.sharehub.Page;
import java.util.List;
import java.util.Optional;

/**
 * One campaign's share graph: who brought whom. A forest: roots shared first; every other node
 * is a referral, child of the sharer whose link brought them (first touch). For administrators.
 *
 * <p>Thread-safe; every call reads the current state.
 */
public interface ShareGraph {

    /** @return the campaign's id */
    String campaignId();

    /**
     * @param personId a person
     * @return their node with its counts, if they are in the graph
     */
    Optional<NodeSummary> node(String personId);

    /**
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the roots, earliest first, with their counts
     */
    Page<NodeSummary> roots(int page, int size);

    /**
     * @param personId a person
     * @return their children, earliest first, with their counts
     */
    List<NodeSummary> children(String personId);

    /**
     * @param personId a person
     * @return their ancestors, parent first, up to the root; empty for a root or a stranger
     */
    List<GraphNode> ancestors(String personId);

    /** @return the number of nodes in the graph */
    long size();

    /** @return the greatest depth of any node (a root is 0); -1 for an empty graph */
    int maxDepth();

    /**
     * @param limits depth and node limits, and an optional subtree
     * @return the nodes and links, breadth first, for ECharts
     */
    GraphExport export(GraphLimits limits);
}
