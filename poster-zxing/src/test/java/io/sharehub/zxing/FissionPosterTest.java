package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.InvalidInputException;
import io.sharehub.ShareHub;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.fission.CampaignSpec;
import io.sharehub.fission.Channel;
import io.sharehub.fission.PosterOutcome;
import io.sharehub.fission.ShareRequest;
import io.sharehub.fission.TokenKeys;
import io.sharehub.fission.VisitRequest;
import io.sharehub.poster.PosterException;
import io.sharehub.poster.PosterSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Posters made through the hub: shared through POSTER, obeying access, scanning to the share link. */
class FissionPosterTest {
    static final String BASE = "https://m.example.com/s/";

    static ShareHub hub() {
        // tag::hub-posters[]
        ShareHub hub = ShareHub.builder()
                .tokenKeys(TokenKeys.single(1, "poster-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8)))
                .posterRenderer(ZxingPosterRenderer.create())
                .shareUrl(token -> BASE + token)          // the host's landing page of a token
                .build();
        // end::hub-posters[]
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        hub.catalog().createMaterial(MaterialSpec.of("open", "刹车片手册", "c"));
        hub.catalog().createMaterial(MaterialSpec.of("staff", "内部价格", "c").withVisibility(Visibility.ALL_EMPLOYEES));
        hub.catalog().publish("open");
        hub.catalog().publish("staff");
        hub.fission().createCampaign(CampaignSpec.of("open", "双十一刹车片").withMaterial("open"));
        hub.fission().createCampaign(CampaignSpec.of("staff", "内部").withMaterial("staff"));
        return hub;
    }

    @Test
    @DisplayName("a poster scans to the sharer's link, and a visit through it enters by POSTER")
    void posterScansToTheShareLink() throws IOException {
        ShareHub hub = hub();
        // tag::share-poster[]
        PosterOutcome outcome = hub.fission().poster(
                ShareRequest.of(Viewer.member("U1"), "open", Channel.POSTER),
                PosterSpec.builder().sharerName("小红🌸"));   // title: the campaign's, unless set
        byte[] png = outcome.pngIfAllowed().orElseThrow();   // denied shares draw nothing
        // end::share-poster[]
        assertThat(png).isSameAs(outcome.png());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        String url = Scans.decode(image).getText();
        assertThat(url).isEqualTo(BASE + outcome.share().token());
        String token = url.substring(BASE.length());
        assertThat(hub.fission().visit(VisitRequest.of(token, Viewer.member("V"))).entryChannel().name())
                .isEqualTo("POSTER");
    }

    @Test
    @DisplayName("a poster of material the sharer may not see is NOT_FOUND and draws nothing")
    void posterObeysAccess() {
        ShareHub hub = hub();
        PosterOutcome denied = hub.fission().poster(ShareRequest.of(Viewer.member("M"), "staff", Channel.POSTER),
                PosterSpec.builder());
        assertThat(denied.share().decision()).isEqualTo(Decision.NOT_FOUND);
        assertThat(denied.png()).isNull();
        assertThatThrownBy(() -> hub.fission().poster(ShareRequest.of(Viewer.member("M"), "open", Channel.LINK),
                PosterSpec.builder())).isInstanceOf(InvalidInputException.class).hasMessageContaining("POSTER");
        ShareHub bare = ShareHub.builder().build();
        bare.fission().createCampaign(CampaignSpec.of("c", "活动"));
        assertThatThrownBy(() -> bare.fission().poster(ShareRequest.of(Viewer.member("M"), "c", Channel.POSTER),
                PosterSpec.builder())).isInstanceOf(PosterException.class).hasMessageContaining("posterRenderer");
    }
}
