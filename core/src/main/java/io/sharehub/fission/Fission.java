package io.sharehub.fission;

import io.sharehub.Page;
import java.util.List;
import java.util.Optional;

/**
 * Fission tracking: campaigns, shares with signed tokens, visits attributed to the sharer whose
 * link brought the visitor, the share graph, and referral points on at most three levels.
 *
 * <p>Thread-safe. Every recording call checks its whole input first, may carry an idempotency id
 * (a repeat returns the recorded outcome and changes nothing), and records nothing when denied.
 */
public interface Fission {

    /**
     * @param spec what the campaign is to be
     * @return the campaign as stored
     * @throws io.sharehub.InvalidInputException if a field breaks its rule, the period ends before
     *     it starts, or the material does not exist
     * @throws io.sharehub.ConflictException if the id is taken
     */
    Campaign createCampaign(CampaignSpec spec);

    /**
     * Changes a campaign's title, material, period or rule. A new rule applies to referrals made
     * from then on.
     *
     * @param spec the new state; {@code spec.id()} names the campaign
     * @return the campaign as stored
     * @throws io.sharehub.UnknownCampaignException if it does not exist
     */
    Campaign updateCampaign(CampaignSpec spec);

    /**
     * @param campaignId a campaign id
     * @return the campaign, if it exists
     */
    Optional<Campaign> campaign(String campaignId);

    /** @return every campaign, newest first */
    List<Campaign> campaigns();

    /**
     * A person shares a campaign. The share is stable per (person, campaign, channel); every
     * action counts in the statistics; the first completes the person's fission task and makes
     * them a root of the campaign's graph if they are not a node yet. A share of a campaign with a
     * material is also a SHARE event of that material.
     *
     * @param request who shares what, how and when
     * @return the share and its token, or the denial: what SHARE of the material decides, then
     *     {@link io.sharehub.access.Decision#CAMPAIGN_CLOSED} outside the period
     * @throws io.sharehub.UnknownCampaignException if the campaign does not exist
     * @throws io.sharehub.IdempotencyConflictException if the request id was recorded with another
     *     payload
     */
    ShareOutcome share(ShareRequest request);

    /**
     * Shares through a poster and draws it: the share is made exactly as {@link #share} makes it
     * (so access and the campaign's period decide), then the poster is drawn with the share's
     * link (the hub's {@code shareUrl} of the token) in its QR code and, unless the design sets
     * one, the campaign's title. A denied share draws nothing.
     *
     * @param request the share action; its channel must be {@link Channel#POSTER}
     * @param design the poster's look (background, sharer name and avatar, logo, colours …)
     * @return the share's outcome and the PNG
     * @throws io.sharehub.InvalidInputException if the channel is not POSTER
     * @throws io.sharehub.poster.PosterException if the hub has no poster renderer or share URL,
     *     or the link does not fit the QR box (the share stays recorded; a retry with the same
     *     request id is a repeat)
     */
    PosterOutcome poster(ShareRequest request, io.sharehub.poster.PosterSpec.Builder design);

    /**
     * Verifies a token and returns its share.
     *
     * @param token the token
     * @return the share
     * @throws InvalidTokenException if the token is not valid here
     */
    Share resolve(String token);

    /**
     * Records a click or scan of a token. Every recorded visit is a read. It is a new referral
     * when the campaign is open, the visitor is not the sharer and is not yet a node of the
     * campaign's graph; then the visitor becomes the sharer's child and points are paid up to
     * three levels, exactly once.
     *
     * @param request the visit
     * @return what became of it
     * @throws InvalidTokenException if the token is not valid here (nothing is recorded)
     * @throws io.sharehub.IdempotencyConflictException if the visit id was recorded with another
     *     payload
     */
    VisitOutcome visit(VisitRequest request);

    /**
     * Records visits in one call: the whole batch is checked first (a malformed request or a bad
     * token fails the batch and nothing is stored), then each visit is judged on its own in order.
     *
     * @param requests the visits
     * @return one outcome per visit, in order
     */
    List<VisitOutcome> visitAll(List<VisitRequest> requests);

    /**
     * @param campaignId a campaign
     * @return its statistics
     */
    CampaignStats stats(String campaignId);

    /**
     * A campaign's promoters (people who shared it): most new referrals first, then most reads
     * brought, then most shares, then id.
     *
     * @param campaignId the campaign
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of promoters with the total
     */
    Page<PromoterStats> promoters(String campaignId, int page, int size);

    /**
     * The visitors a promoter's links brought, earliest first, with their entry channel and their
     * owner.
     *
     * @param campaignId the campaign
     * @param promoterId the promoter
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of visitors with the total
     */
    Page<PromoterVisitor> visitors(String campaignId, String promoterId, int page, int size);

    /**
     * @param campaignId a campaign
     * @return its share graph
     * @throws io.sharehub.UnknownCampaignException if the campaign does not exist
     */
    ShareGraph graph(String campaignId);

    /**
     * @param referralId a referral id
     * @return the referral, if it exists
     */
    Optional<Referral> referral(String referralId);

    /**
     * Referrals a fraud rule flagged for review, newest first. They were paid all the same.
     *
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of referrals with the total
     */
    Page<Referral> flaggedReferrals(int page, int size);

    /**
     * An administrator reverses a referral: every level's points are reversed through the ledger
     * (with debt when they were spent); it stops counting in {@code invited}, leaderboards, heat and
     * the campaign's new referrals; its node stays in the graph marked reversed (later referrals
     * under it pay as usual) and the owner it bound stays. A second reversal changes nothing.
     *
     * @param referralId the referral
     * @return the referral, reversed
     * @throws io.sharehub.UnknownEntityException if it does not exist
     */
    Referral reverseReferral(String referralId);
}
