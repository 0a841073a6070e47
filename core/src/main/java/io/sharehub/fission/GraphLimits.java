package io.sharehub.fission;

import io.sharehub.InvalidInputException;

/**
 * Limits on a share-graph export, for large campaigns.
 *
 * @param maxDepth the deepest level exported (a root is 0); 0 to 1,000
 * @param maxNodes the most nodes exported, breadth first from the roots; 1 to 100,000
 * @param rootPersonId export only this person's subtree, or {@code null} for the whole forest
 */
public record GraphLimits(int maxDepth, int maxNodes, String rootPersonId) {
    /** The default: depth 20, 2,000 nodes, the whole forest. */
    public static final GraphLimits DEFAULT = new GraphLimits(20, 2_000, null);

    /** @throws InvalidInputException if a limit is out of range */
    public GraphLimits {
        if (maxDepth < 0 || maxDepth > 1_000) {
            throw new InvalidInputException("maxDepth", "must be from 0 to 1000", maxDepth);
        }
        if (maxNodes < 1 || maxNodes > 100_000) {
            throw new InvalidInputException("maxNodes", "must be from 1 to 100000", maxNodes);
        }
    }

    /**
     * @param maxDepth the deepest level
     * @param maxNodes the most nodes
     * @return limits over the whole forest
     */
    public static GraphLimits of(int maxDepth, int maxNodes) {
        return new GraphLimits(maxDepth, maxNodes, null);
    }

    /** @param personId the subtree's root @return these limits below that person */
    public GraphLimits below(String personId) {
        return new GraphLimits(maxDepth, maxNodes, personId);
    }
}
