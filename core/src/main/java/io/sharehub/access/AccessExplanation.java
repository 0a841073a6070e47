package io.sharehub.access;

import java.util.List;
import java.util.Optional;

/**
 * Why a viewer may or may not do something with a material.
 *
 * @param materialId the material
 * @param viewer the viewer
 * @param action the action
 * @param decision the decision, as {@link Access#decide} gives it
 * @param checks every rule that applies, in the order they are weighed: the material's status,
 *     the material's own visibility, each category from the material's own up to the root, and
 *     the download requirement
 */
public record AccessExplanation(String materialId, Viewer viewer, Action action, Decision decision,
        List<RuleCheck> checks) {
    /** Copies the checks. */
    public AccessExplanation {
        checks = List.copyOf(checks);
    }

    /**
     * @return the first rule whose own decision is the final denial; empty when allowed
     */
    public Optional<RuleCheck> decidedBy() {
        if (decision.isAllowed()) {
            return Optional.empty();
        }
        return checks.stream().filter(c -> c.decision() == decision).findFirst();
    }

    /**
     * What one rule alone would decide.
     *
     * @param source where the rule comes from
     * @param sourceId the material or category id
     * @param sourceName the category name, or the material title
     * @param visibility the rule; {@code null} for the status check
     * @param decision what this rule alone decides
     */
    public record RuleCheck(Source source, String sourceId, String sourceName, Visibility visibility,
            Decision decision) {
    }

    /** Where a rule comes from. */
    public enum Source {
        /** The material's status and publish instant: drafts, archived and scheduled material. */
        STATUS,
        /** The material's own visibility. */
        MATERIAL,
        /** A category the material is in, or one of its ancestors. */
        CATEGORY,
        /** The material's download requirement. */
        DOWNLOAD
    }
}
