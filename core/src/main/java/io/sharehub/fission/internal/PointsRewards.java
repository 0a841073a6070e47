package io.sharehub.fission.internal;

import io.sharehub.fission.Payout;
import io.sharehub.points.EntryReason;
import io.sharehub.points.LedgerEntry;
import io.sharehub.points.LedgerOutcome;
import io.sharehub.points.internal.PointsService;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.CounterKind;
import io.sharehub.points.spi.LedgerStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Fission's rewards on the hub's points ledger. */
public final class PointsRewards implements Rewards {
    private final PointsService points;
    private final LedgerStore store;

    /**
     * @param points the hub's ledger
     * @param store the ledger's store, for direct counter reads inside a transaction
     */
    public PointsRewards(PointsService points, LedgerStore store) {
        this.points = points;
        this.store = store;
    }

    @Override
    public List<Payout> credit(String referralId, String campaignId, Instant at, List<Payout> payouts,
            List<String> units, Long dailyCap) {
        List<ReferralAward> awards = new ArrayList<>(payouts.size());
        for (int i = 0; i < payouts.size(); i++) {
            Payout payout = payouts.get(i);
            awards.add(new ReferralAward(payout.level(), payout.account(), payout.points(), units.get(i)));
        }
        ReferralCredit credit = ReferralCredit.of(referralId, campaignId, at, awards);
        LedgerOutcome outcome = points.credit(dailyCap == null ? credit : credit.withDailyCap(dailyCap));
        List<Payout> paid = new ArrayList<>(payouts.size());
        List<LedgerEntry> entries = outcome.entries();
        for (Payout payout : payouts) {
            EntryReason reason = EntryReason.referral(payout.level());
            long amount = 0;
            for (LedgerEntry e : entries) {
                if (e.reason() == reason && e.account().equals(payout.account())) {
                    amount += e.amount();
                }
            }
            paid.add(amount == payout.points() ? payout : new Payout(payout.level(), payout.account(), amount));
        }
        return paid;
    }

    @Override
    public void reverse(String referralId, Instant at) {
        points.reverseReferral(referralId, at);
    }

    @Override
    public long campaignPoints(String campaignId, String account) {
        return store.points(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, campaignId, account));
    }

    @Override
    public void merge(String fromAccount, String intoAccount) {
        points.mergeAccounts(fromAccount, intoAccount);
    }

    @Override
    public LedgerStore ledgerStore() {
        return store;
    }

    @Override
    public <T> T within(LedgerStore view, java.util.function.Supplier<T> work) {
        return points.within(view, work);
    }
}
