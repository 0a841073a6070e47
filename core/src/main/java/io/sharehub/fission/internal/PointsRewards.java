package io.sharehub.fission.internal;

import io.sharehub.fission.Payout;
import io.sharehub.points.Points;
import io.sharehub.points.ReferralAward;
import io.sharehub.points.ReferralCredit;
import io.sharehub.points.spi.CounterKey;
import io.sharehub.points.spi.CounterKind;
import io.sharehub.points.spi.LedgerStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fission's rewards on the hub's points ledger. */
public final class PointsRewards implements Rewards {
    private final Points points;
    private final LedgerStore store;

    /**
     * @param points the hub's ledger
     * @param store the ledger's store, for direct counter reads inside a transaction
     */
    public PointsRewards(Points points, LedgerStore store) {
        this.points = points;
        this.store = store;
    }

    @Override
    public void credit(String referralId, String campaignId, Instant at, List<Payout> payouts, List<String> units) {
        List<ReferralAward> awards = new ArrayList<>();
        for (int i = 0; i < payouts.size(); i++) {
            Payout payout = payouts.get(i);
            awards.add(new ReferralAward(payout.level(), payout.account(), payout.points(), units.get(i)));
        }
        points.credit(new ReferralCredit(referralId, campaignId, at, awards));
    }

    @Override
    public void reverse(String referralId, Instant at) {
        points.reverseReferral(referralId, at);
    }

    @Override
    public long earnedOn(String account, LocalDate day) {
        return points.earnedOn(account, day);
    }

    @Override
    public long campaignPoints(String campaignId, String account) {
        return store.points(CounterKey.ofCampaign(CounterKind.CAMPAIGN_ACCOUNT, campaignId, account));
    }

    @Override
    public void merge(String fromAccount, String intoAccount) {
        points.mergeAccounts(fromAccount, intoAccount);
    }
}
