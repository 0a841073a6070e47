package io.sharehub.examples.replay;

import io.sharehub.ShareHub;
import io.sharehub.TimeRange;
import io.sharehub.access.Viewer;
import io.sharehub.examples.replay.ReplaySummary.TopRow;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.Payout;
import io.sharehub.fission.RewardRule;
import io.sharehub.fission.ShareOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.VisitOutcome;
import io.sharehub.fission.VisitRequest;
import io.sharehub.points.BoardRow;
import io.sharehub.points.Leaderboard;
import io.sharehub.store.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Replays share cascades through a hub, by the rules of {@code docs/cli.md}: each cascade is an
 * always-open campaign with rule 10/3/1; "c shares" is a share; "c visits p's link, then c shares"
 * is a visit of p's token (p shares first at that instant when it has not yet) followed by c's
 * share; every line is its own event, its visit id the campaign and line number. The hub runs on a
 * clock that follows the events.
 */
public final class Replay {
    /**
     * Events replayed in one transaction of the stores. A database then commits once per chunk,
     * not twice per event (on PostgreSQL each commit waits for the log to reach the disk), and
     * in memory the hub's calls join the chunk's write lock instead of taking their own.
     */
    static final int EVENTS_PER_TRANSACTION = 1_000;

    private final ShareHub hub;
    private final FollowingClock clock;
    private final Transactions transactions;
    /** Per campaign (by campaign order), each sharer's LINK token. */
    private final List<Map<String, String>> tokens = new ArrayList<>();
    private final Map<String, Integer> campaignOrder = new HashMap<>();
    private final Set<String> people = new HashSet<>();
    private long shares;
    private long visits;
    private long referrals;
    private long selfVisits;
    private long points;
    private final long[] payouts = new long[4];

    /**
     * @param hub a hub over empty stores, zone Asia/Shanghai, no caps or fraud rules
     * @param clock the hub's clock, which the replay moves to each event
     * @param transactions the transactions of the hub's stores, which run each chunk of events;
     *     they must not run a chunk twice (a JPA store set with one attempt), because the replay
     *     counts as it goes
     */
    public Replay(ShareHub hub, FollowingClock clock, Transactions transactions) {
        this.hub = hub;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Runs every event.
     *
     * @param data the campaigns and events, in replay order
     * @param progress hears how many events have run
     */
    public void run(Cascades.Data data, LongConsumer progress) {
        if (!data.events().isEmpty()) {
            clock.set(data.events().get(0).at());
        }
        transactions.write(() -> {
            for (String campaign : data.campaigns()) {
                hub.fission().createCampaign(CampaignSpec.of(campaign, "级联 " + campaign)
                        .withRule(RewardRule.defaults()));
                campaignOrder.put(campaign, tokens.size());
                tokens.add(new HashMap<>());
            }
            return null;
        });
        List<CascadeEvent> events = data.events();
        for (int from = 0; from < events.size(); from += EVENTS_PER_TRANSACTION) {
            List<CascadeEvent> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_TRANSACTION));
            long before = from;
            transactions.write(() -> {
                run(chunk, before, progress);
                return null;
            });
        }
        progress.accept(events.size());
    }

    private void run(List<CascadeEvent> chunk, long before, LongConsumer progress) {
        long done = before;
        for (CascadeEvent event : chunk) {
            clock.set(event.at());
            Map<String, String> campaignTokens = tokens.get(event.campaignOrder());
            if (event.isVisit()) {
                String token = campaignTokens.get(event.parent());
                if (token == null) {
                    token = share(campaignTokens, event.campaignId(), event.parent(), event.at());
                }
                visit(event, token);
            }
            share(campaignTokens, event.campaignId(), event.actor(), event.at());
            if (++done % 10_000 == 0) {
                progress.accept(done);
            }
        }
    }

    private String share(Map<String, String> campaignTokens, String campaign, String person, Instant at) {
        ShareOutcome outcome = hub.fission().share(
                new ShareRequest(null, Viewer.member(person), campaign, Channel.LINK, at));
        shares++;
        people.add(person);
        campaignTokens.put(person, outcome.token());
        return outcome.token();
    }

    private void visit(CascadeEvent event, String token) {
        VisitOutcome outcome = hub.fission().visit(new VisitRequest(event.campaignId() + ":" + event.line(), token,
                Viewer.member(event.actor()), event.at(), null));
        visits++;
        people.add(event.actor());
        if (outcome.sharerId().equals(event.actor())) {
            selfVisits++;
        }
        if (outcome.newReferral()) {
            referrals++;
            for (Payout payout : outcome.payouts()) {
                payouts[payout.level()]++;
                points += payout.points();
            }
        }
    }

    /**
     * @param data what was replayed
     * @param start the instant the first day starts at
     * @return the summary as {@code summary.json} shows it
     */
    public ReplaySummary summary(Cascades.Data data, Instant start) {
        long participants = 0;
        int maxDepth = -1;
        for (String campaign : data.campaigns()) {
            participants += hub.fission().graph(campaign).size();
            maxDepth = Math.max(maxDepth, hub.fission().graph(campaign).maxDepth());
        }
        long owners = people.stream().filter(p -> hub.people().ownerOf(p).isPresent()).count();
        Map<String, Long> levels = new LinkedHashMap<>();
        for (int level = 1; level <= 3; level++) {
            levels.put(String.valueOf(level), payouts[level]);
        }
        String first = data.campaigns().isEmpty() ? null : data.campaigns().get(0);
        return new ReplaySummary(data.campaigns().size(), shares, visits, referrals, selfVisits, participants,
                maxDepth, owners, points, levels, top(overall(data), 20),
                top(hub.leaderboards().range(TimeRange.of(start, start.plus(Duration.ofDays(1)))), 20),
                first, first == null ? List.of() : top(hub.leaderboards().campaign(first), 10));
    }

    /** @return the leaderboard over every instant the replay touched */
    public Leaderboard overall(Cascades.Data data) {
        if (data.events().isEmpty()) {
            return hub.leaderboards().range(TimeRange.of(clock.instant(), clock.instant()));
        }
        Instant from = data.events().get(0).at();
        Instant to = data.events().get(data.events().size() - 1).at().plusMillis(1);
        return hub.leaderboards().range(TimeRange.of(from, to));
    }

    private static List<TopRow> top(Leaderboard board, int n) {
        return board.top(n).stream().map(Replay::row).toList();
    }

    private static TopRow row(BoardRow row) {
        return new TopRow(row.rank(), row.id(), row.points(), row.invited());
    }

    /** @return the token of a person's LINK share of a campaign, if they shared it */
    public String tokenOf(String campaign, String person) {
        Integer order = campaignOrder.get(campaign);
        return order == null ? null : tokens.get(order).get(person);
    }
}
