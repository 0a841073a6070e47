package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.poster.PosterSpec;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class ShareLinkPosterProperties {
    private static final ZxingPosterRenderer RENDERER = ZxingPosterRenderer.create();

    @Property(tries = 150)
    @Label("a poster of any share link scans back to exactly that link")
    void everyTokenScans(@ForAll @Size(24) byte[] token) {
        String url = "https://sharehub.example/s/" + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        PosterSpec spec = PosterSpec.builder().shareUrl(url)
                .title("级联 14709 推广冠军").sharerName("1").qrCaption("扫码查看").build();

        assertThat(Scans.decode(RENDERER.renderImage(spec)).getText()).isEqualTo(url);
    }
}
