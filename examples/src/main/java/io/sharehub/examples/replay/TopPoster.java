package io.sharehub.examples.replay;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.fission.Channel;
import io.sharehub.fission.PosterOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.poster.PosterSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The poster of the first campaign's top sharer, with their share link in the QR code. */
final class TopPoster {
    private TopPoster() {
    }

    /** Writes the poster, or nothing when the first campaign has no ranked sharer. */
    static void write(Path file, ShareHub hub, ReplaySummary summary) throws IOException {
        if (summary.firstCampaignTop().isEmpty()) {
            return;
        }
        ReplaySummary.TopRow top = summary.firstCampaignTop().get(0);
        PosterOutcome poster = hub.fission().poster(
                ShareRequest.of(Viewer.member(top.account()), summary.firstCampaign(), Channel.POSTER),
                PosterSpec.builder()
                        .title("级联 " + summary.firstCampaign() + " 推广冠军")
                        .subtitle("第 " + top.rank() + " 名 · " + top.points() + " 积分 · 邀请 " + top.invited() + " 人")
                        .sharerName(top.account())
                        .qrCaption("扫码查看"));
        Files.write(file, poster.pngIfAllowed().orElseThrow());
    }
}
