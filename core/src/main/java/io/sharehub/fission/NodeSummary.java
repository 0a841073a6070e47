package io.sharehub.fission;

/**
 * A node of the share graph with what marketing asks about it.
 *
 * @param node the node
 * @param directInvites children whose referral is not reversed
 * @param descendants all nodes below it, at any depth
 * @param points the points it earned in the campaign (non-reversed awards, all levels)
 */
public record NodeSummary(GraphNode node, long directInvites, long descendants, long points) {
}
