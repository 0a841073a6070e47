package io.sharehub.fission.internal;

import io.sharehub.access.Viewer;
import io.sharehub.access.ViewerKind;
import io.sharehub.fission.Campaign;
import io.sharehub.fission.Channel;
import io.sharehub.fission.EntryChannel;
import io.sharehub.fission.FissionConfig;
import io.sharehub.fission.FissionListener;
import io.sharehub.fission.GraphNode;
import io.sharehub.fission.Payout;
import io.sharehub.fission.Referral;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.Share;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.heat.internal.HeatService;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.people.spi.PeopleStore.OwnerBinding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes a new referral: the node, the payouts up to three levels, heat, flags and the owner. */
final class Referrals {
    private final FissionConfig config;

    Referrals(FissionConfig config) {
        this.config = config;
    }

    /** A referral made, with its payouts. */
    record Made(Referral referral) {
    }

    /**
     * Makes the visitor the sharer's child and pays the chain, inside the caller's transaction,
     * through the stores given (the hub's or a batch's view of them).
     *
     * @return the referral, or {@code null} when another transaction made the visitor a node first
     */
    Made make(FissionStore store, PeopleStore people, String referralId, Campaign campaign, Share share,
            String sharer, Viewer visitor, String deviceId, Instant at, List<Runnable> notices,
            List<FissionListener> listeners, Rewards rewards, HeatService heat) {
        GraphNode sharerNode = store.node(campaign.id(), sharer).orElseGet(() -> {
            GraphNode root = new GraphNode(campaign.id(), sharer, null, 0, EntryChannel.DIRECT, at, null, false);
            store.insertNode(root);
            return root;
        });
        EntryChannel entry = share.channel() == Channel.POSTER ? EntryChannel.POSTER : EntryChannel.LINK;
        GraphNode node = new GraphNode(campaign.id(), visitor.id(), sharer, sharerNode.depth() + 1, entry, at,
                referralId, false);
        if (!store.insertNode(node)) {
            return null;
        }

        RewardRule rule = campaign.rule();
        // The chain up the graph: at most three levels, by law (RewardRule cannot hold more).
        List<Payout> asked = new ArrayList<>(rule.levels());
        List<String> units = new ArrayList<>(rule.levels());
        String account = sharer;
        GraphNode current = sharerNode;
        for (int level = 1; ; level++) {
            asked.add(new Payout(level, account, rule.pointsAt(level)));
            units.add(people.unitOf(account).orElse(null));
            if (level == rule.levels() || current.parentId() == null) {
                break;
            }
            account = current.parentId();
            if (level + 1 < rule.levels()) {
                current = store.node(campaign.id(), account).orElseThrow();
            }
        }
        List<Payout> payouts = rewards.credit(referralId, campaign.id(), at, asked, units, config.dailyCap());
        heat.addReferral(sharer, at, 1);

        String flag = flag(store, sharer, visitor.id(), deviceId, at);
        List<Payout> paid = new ArrayList<>(payouts.size());
        for (Payout payout : payouts) {
            if (payout.points() > 0) {
                paid.add(payout);
            }
        }
        Referral referral = new Referral(referralId, campaign.id(), sharer, visitor.id(), at, entry, flag, false, paid);
        store.insertReferral(referral);
        bindOwner(people, visitor, sharer, at);

        if (!listeners.isEmpty()) {
            notices.add(() -> listeners.forEach(l -> l.referralMade(referral)));
            if (!referral.payouts().isEmpty()) {
                notices.add(() -> listeners.forEach(l -> l.pointsPaid(referral, referral.payouts())));
            }
            if (flag != null) {
                notices.add(() -> listeners.forEach(l -> l.referralFlagged(referral, flag)));
            }
        }
        return new Made(referral);
    }

    private String flag(FissionStore store, String sharer, String visitor, String deviceId, Instant at) {
        String reason = null;
        if (config.referralBurst() > 0) {
            long recent = store.referralsBy(sharer, at.minus(config.burstWindow()), at.plusNanos(1));
            // this referral is stored only after its flag is chosen: count it here
            if (recent + 1 > config.referralBurst()) {
                reason = "REFERRAL_BURST: more than " + config.referralBurst() + " new referrals within "
                        + config.burstWindow();
            }
        }
        if (config.sameDevice() && deviceId != null) {
            Optional<String> other = store.rememberDevice(deviceId, visitor);
            if (other.isPresent() && reason == null) {
                reason = "SAME_DEVICE: device also seen for \"" + other.get() + "\"";
            }
        }
        return reason;
    }

    private void bindOwner(PeopleStore people, Viewer visitor, String sharer, Instant at) {
        Optional<OwnerBinding> current = people.owner(visitor.id()).filter(b -> live(b, at));
        boolean bind = switch (config.ownerMode()) {
            case FIRST_TOUCH -> current.isEmpty();
            case LAST_TOUCH -> true;
            case NEW_VISITORS_ONLY -> current.isEmpty() && visitor.kind() == ViewerKind.ANONYMOUS;
        };
        if (bind && !sharer.equals(visitor.id())) {
            people.bindOwner(visitor.id(), sharer, at);
        }
    }

    /** @return whether a binding still shows at an instant, given the hub's expiry */
    boolean live(OwnerBinding binding, Instant at) {
        return config.ownerExpiry() == null || at.isBefore(binding.boundAt().plus(config.ownerExpiry()));
    }

    /** @return the owner shown for a person at an instant */
    Optional<String> ownerOf(PeopleStore people, String personId, Instant at) {
        return people.owner(personId).filter(b -> live(b, at)).map(OwnerBinding::ownerId);
    }
}
