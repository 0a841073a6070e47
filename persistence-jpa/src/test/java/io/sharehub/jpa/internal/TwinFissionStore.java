package io.sharehub.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.sharehub.fission.spi.ShareAction;
import io.sharehub.fission.spi.StoredVisit;
import io.sharehub.store.memory.InMemoryStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A fission store that makes every call on the in-memory reference and on the JPA store, asserts
 * that both answered the same, and hands on the JPA store's answer.
 */
final class TwinFissionStore implements FissionStore {
    private final FissionStore reference = InMemoryStores.create().fission();
    private final FissionStore subject;

    TwinFissionStore(FissionStore subject) {
        this.subject = subject;
    }

    private static <T> T same(String call, T expected, T actual) {
        assertThat(actual).as(call).isEqualTo(expected);
        return actual;
    }

    @Override
    public Optional<Campaign> campaign(String campaignId) {
        return same("campaign(" + campaignId + ")", reference.campaign(campaignId), subject.campaign(campaignId));
    }

    @Override
    public void insertCampaign(Campaign campaign) {
        reference.insertCampaign(campaign);
        subject.insertCampaign(campaign);
    }

    @Override
    public void updateCampaign(Campaign campaign) {
        reference.updateCampaign(campaign);
        subject.updateCampaign(campaign);
    }

    @Override
    public List<Campaign> campaigns() {
        List<Campaign> expected = reference.campaigns();
        List<Campaign> actual = subject.campaigns();
        assertThat(actual).as("campaigns(), in any order").containsExactlyInAnyOrderElementsOf(expected);
        return actual;
    }

    @Override
    public Optional<Share> share(long shareId) {
        return same("share(" + shareId + ")", reference.share(shareId), subject.share(shareId));
    }

    @Override
    public Optional<Share> share(String personId, String campaignId, Channel channel) {
        return same("share(" + personId + ", " + campaignId + ", " + channel + ")",
                reference.share(personId, campaignId, channel), subject.share(personId, campaignId, channel));
    }

    @Override
    public boolean insertShare(Share share) {
        return same("insertShare(" + share + ")", reference.insertShare(share), subject.insertShare(share));
    }

    @Override
    public Map<String, ShareAction> shareActions(Collection<String> requestIds) {
        return same("shareActions(" + requestIds + ")", reference.shareActions(requestIds),
                subject.shareActions(requestIds));
    }

    @Override
    public void insertShareAction(ShareAction action) {
        reference.insertShareAction(action);
        subject.insertShareAction(action);
    }

    @Override
    public boolean addSharer(String campaignId, String personId, Instant at) {
        return same("addSharer(" + campaignId + ", " + personId + ")", reference.addSharer(campaignId, personId, at),
                subject.addSharer(campaignId, personId, at));
    }

    @Override
    public Optional<GraphNode> node(String campaignId, String personId) {
        return same("node(" + campaignId + ", " + personId + ")", reference.node(campaignId, personId),
                subject.node(campaignId, personId));
    }

    @Override
    public boolean insertNode(GraphNode node) {
        return same("insertNode(" + node + ")", reference.insertNode(node), subject.insertNode(node));
    }

    @Override
    public List<GraphNode> children(String campaignId, String personId) {
        return same("children(" + campaignId + ", " + personId + ")", reference.children(campaignId, personId),
                subject.children(campaignId, personId));
    }

    @Override
    public Page<GraphNode> roots(String campaignId, int page, int size) {
        return same("roots(" + campaignId + ", " + page + ", " + size + ")", reference.roots(campaignId, page, size),
                subject.roots(campaignId, page, size));
    }

    @Override
    public void walk(String campaignId, String startPersonId, int maxDepth, int maxNodes, Consumer<GraphNode> action) {
        List<GraphNode> expected = new ArrayList<>();
        reference.walk(campaignId, startPersonId, maxDepth, maxNodes, expected::add);
        List<GraphNode> actual = new ArrayList<>();
        subject.walk(campaignId, startPersonId, maxDepth, maxNodes, actual::add);
        same("walk(" + campaignId + ", " + startPersonId + ", " + maxDepth + ", " + maxNodes + ")", expected, actual)
                .forEach(action);
    }

    @Override
    public long descendants(String campaignId, String personId) {
        return same("descendants(" + campaignId + ", " + personId + ")", reference.descendants(campaignId, personId),
                subject.descendants(campaignId, personId));
    }

    @Override
    public long nodeCount(String campaignId) {
        return same("nodeCount(" + campaignId + ")", reference.nodeCount(campaignId), subject.nodeCount(campaignId));
    }

    @Override
    public int maxDepth(String campaignId) {
        return same("maxDepth(" + campaignId + ")", reference.maxDepth(campaignId), subject.maxDepth(campaignId));
    }

    @Override
    public Map<String, StoredVisit> visits(Collection<String> visitIds) {
        return same("visits(" + visitIds + ")", reference.visits(visitIds), subject.visits(visitIds));
    }

    @Override
    public void insertVisit(StoredVisit visit) {
        reference.insertVisit(visit);
        subject.insertVisit(visit);
    }

    @Override
    public void insertReferral(Referral referral) {
        reference.insertReferral(referral);
        subject.insertReferral(referral);
    }

    @Override
    public Optional<Referral> referral(String referralId) {
        return same("referral(" + referralId + ")", reference.referral(referralId), subject.referral(referralId));
    }

    @Override
    public long referralsBy(String sharerId, Instant from, Instant to) {
        return same("referralsBy(" + sharerId + ", " + from + ", " + to + ")", reference.referralsBy(sharerId, from, to),
                subject.referralsBy(sharerId, from, to));
    }

    @Override
    public Optional<String> rememberDevice(String deviceId, String personId) {
        return same("rememberDevice(" + deviceId + ", " + personId + ")", reference.rememberDevice(deviceId, personId),
                subject.rememberDevice(deviceId, personId));
    }

    @Override
    public boolean addVisitor(String campaignId, String visitorId) {
        return same("addVisitor(" + campaignId + ", " + visitorId + ")", reference.addVisitor(campaignId, visitorId),
                subject.addVisitor(campaignId, visitorId));
    }

    @Override
    public boolean addPromoterVisitor(String campaignId, String promoterId, String visitorId, Instant at) {
        return same("addPromoterVisitor(" + campaignId + ", " + promoterId + ", " + visitorId + ")",
                reference.addPromoterVisitor(campaignId, promoterId, visitorId, at),
                subject.addPromoterVisitor(campaignId, promoterId, visitorId, at));
    }

    @Override
    public void addCampaignCounts(String campaignId, CampaignCounts delta) {
        reference.addCampaignCounts(campaignId, delta);
        subject.addCampaignCounts(campaignId, delta);
    }

    @Override
    public void addPromoterCounts(String campaignId, String personId, PromoterCounts delta) {
        reference.addPromoterCounts(campaignId, personId, delta);
        subject.addPromoterCounts(campaignId, personId, delta);
    }

    @Override
    public void markReversed(String referralId) {
        reference.markReversed(referralId);
        subject.markReversed(referralId);
    }

    @Override
    public Page<Referral> flagged(int page, int size) {
        return same("flagged(" + page + ", " + size + ")", reference.flagged(page, size), subject.flagged(page, size));
    }

    @Override
    public List<String> campaignsWithNode(String personId) {
        return same("campaignsWithNode(" + personId + ")", reference.campaignsWithNode(personId),
                subject.campaignsWithNode(personId));
    }

    @Override
    public void removeNode(String campaignId, String personId, String newParentId) {
        reference.removeNode(campaignId, personId, newParentId);
        subject.removeNode(campaignId, personId, newParentId);
    }

    @Override
    public void makeRoot(String campaignId, String personId) {
        reference.makeRoot(campaignId, personId);
        subject.makeRoot(campaignId, personId);
    }

    @Override
    public void renameNode(String campaignId, String fromPersonId, String intoPersonId) {
        reference.renameNode(campaignId, fromPersonId, intoPersonId);
        subject.renameNode(campaignId, fromPersonId, intoPersonId);
    }

    @Override
    public void mergePerson(String fromPersonId, String intoPersonId) {
        reference.mergePerson(fromPersonId, intoPersonId);
        subject.mergePerson(fromPersonId, intoPersonId);
    }

    @Override
    public CampaignStats campaignStats(String campaignId) {
        return same("campaignStats(" + campaignId + ")", reference.campaignStats(campaignId),
                subject.campaignStats(campaignId));
    }

    @Override
    public Page<PromoterStats> promoters(String campaignId, int page, int size) {
        return same("promoters(" + campaignId + ", " + page + ", " + size + ")", reference.promoters(campaignId, page, size),
                subject.promoters(campaignId, page, size));
    }

    @Override
    public Page<PromoterVisitor> promoterVisitors(String campaignId, String promoterId, int page, int size) {
        return same("promoterVisitors(" + campaignId + ", " + promoterId + ", " + page + ", " + size + ")",
                reference.promoterVisitors(campaignId, promoterId, page, size),
                subject.promoterVisitors(campaignId, promoterId, page, size));
    }
}
