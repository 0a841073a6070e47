package io.sharehub.access;

/**
 * Decides what a viewer may do with a material, and explains the decision to administrators.
 *
 * <p>A material's effective rule is the most restrictive of its own visibility and that of every
 * category it is in and their ancestors; every level applies, and where several INTERNAL levels
 * apply the viewer must be in every one's audience. Decisions are checked in the order of
 * {@link Decision}: {@code NOT_FOUND}, then {@code REGISTRATION_REQUIRED}, then
 * {@code NOT_PERMITTED}. Administrators are allowed everything.
 *
 * <p>Thread-safe.
 */
public interface Access {

    /**
     * @param viewer who wants to act
     * @param materialId the material
     * @param action what they want to do
     * @return {@link Decision#ALLOW} or the reason they may not; unknown and hidden materials are
     *     both {@link Decision#NOT_FOUND}
     */
    Decision decide(Viewer viewer, String materialId, Action action);

    /**
     * @param viewer who wants to see it
     * @param categoryId the category
     * @return {@link Decision#ALLOW} if the viewer may list the category, else
     *     {@link Decision#NOT_FOUND}
     */
    Decision decideCategory(Viewer viewer, String categoryId);

    /**
     * Explains a decision for a host's support team: every rule that applies, what each alone
     * would decide, and which one decided. For administrators' eyes only: it names hidden
     * categories.
     *
     * @param viewer the viewer the question is about
     * @param materialId the material
     * @param action the action
     * @return the decision with its reasons
     * @throws io.sharehub.UnknownMaterialException if the material does not exist
     */
    AccessExplanation explain(Viewer viewer, String materialId, Action action);
}
