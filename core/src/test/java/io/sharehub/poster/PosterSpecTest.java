package io.sharehub.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PosterSpecTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] OTF = {'O', 'T', 'T', 'O', 0, 9, 0, (byte) 0x80, 0, 3, 0, 16};

    private static PosterSpec.Builder url() {
        return PosterSpec.builder().shareUrl("https://m.example.com/s/abc");
    }

    @Test
    @DisplayName("defaults: 750x1334, white, 240 px QR box centred near the bottom, level M, title 40 px in 2 lines")
    void defaults() {
        PosterSpec spec = url().build();

        assertThat(spec.width()).isEqualTo(750);
        assertThat(spec.height()).isEqualTo(1334);
        assertThat(spec.backgroundColor()).isEqualTo(0xFFFFFFFF);
        assertThat(spec.qrSize()).isEqualTo(240);
        assertThat(spec.qrX()).isEqualTo((750 - 240) / 2);
        assertThat(spec.qrY()).isEqualTo(1334 - 240 - 133);
        assertThat(spec.qrErrorCorrection()).isEqualTo(QrErrorCorrection.M);
        assertThat(spec.titleFontSize()).isEqualTo(40);
        assertThat(spec.titleMaxLines()).isEqualTo(2);
        assertThat(spec.textFontSize()).isEqualTo(28);
        assertThat(spec.qrDarkColor()).isEqualTo(0xFF000000);
        assertThat(spec.qrLightColor()).isEqualTo(0xFFFFFFFF);
        assertThat(spec.title()).isNull();
        assertThat(spec.logo()).isNull();
        assertThat(spec.font()).isNull();
        assertThat(spec.hasLogo()).isFalse();
    }

    @Test
    @DisplayName("a logo makes the level H, and no other level is accepted with one")
    void logoForcesH() {
        assertThat(url().logo(PNG).build().qrErrorCorrection()).isEqualTo(QrErrorCorrection.H);
        assertThat(url().logo(PNG).qrErrorCorrection(QrErrorCorrection.H).build().qrErrorCorrection())
                .isEqualTo(QrErrorCorrection.H);
        assertThat(url().qrErrorCorrection(QrErrorCorrection.Q).build().qrErrorCorrection()).isEqualTo(QrErrorCorrection.Q);
        assertField(() -> url().logo(PNG).qrErrorCorrection(QrErrorCorrection.M).build(), "qrErrorCorrection");
    }

    @Test
    @DisplayName("toBuilder keeps defaults as defaults: the QR box follows a new size, the level a new logo")
    void toBuilderKeepsDefaults() {
        PosterSpec small = url().size(600, 900).build();

        PosterSpec withLogo = small.toBuilder().size(750, 1334).logo(JPEG).build();

        assertThat(withLogo.qrX()).isEqualTo((750 - 240) / 2);
        assertThat(withLogo.qrErrorCorrection()).isEqualTo(QrErrorCorrection.H);
        assertThat(url().qrPosition(10, 20).build().toBuilder().size(800, 800).build().qrX()).isEqualTo(10);
        assertThat(small.toBuilder().build()).isEqualTo(small).hasSameHashCodeAs(small);
    }

    @Test
    @DisplayName("images and fonts are copied in and out, so a built spec never changes")
    void immutable() {
        byte[] logo = PNG.clone();
        PosterSpec spec = url().logo(logo).font(OTF.clone()).build();

        logo[11] = 99;
        spec.logo()[11] = 98;

        assertThat(spec.logo()).isEqualTo(PNG);
        assertThat(spec.font()).isEqualTo(OTF);
        assertThat(spec.toString()).contains("logo=12 bytes").doesNotContain("[B@");
    }

    @Test
    @DisplayName("bad input is a typed error naming the field, and nothing is built")
    void badInput() {
        assertField(() -> PosterSpec.builder().build(), "qrContent");
        assertField(() -> url().size(199, 1334), "width");
        assertField(() -> url().size(750, 5000), "height");
        assertField(() -> url().title("标".repeat(201)), "title");
        assertField(() -> url().sharerName("名".repeat(65)), "sharerName");
        assertField(() -> url().titleMaxLines(0), "titleMaxLines");
        assertField(() -> url().titleFontSize(500), "titleFontSize");
        assertField(() -> url().qrSize(50), "qrSize");
        assertField(() -> url().size(300, 300).qrSize(400).build(), "qrSize");
        assertField(() -> url().qrPosition(600, 0).build(), "qrX");
        assertField(() -> url().qrPosition(0, 1200).build(), "qrY");
        assertField(() -> url().qrPosition(-1, 0), "qrX");
        assertField(() -> url().logo(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}), "logo");
        assertField(() -> url().sharerAvatar(new byte[0]), "sharerAvatar");
        assertField(() -> url().backgroundImage("GIF89a....".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                "backgroundImage");
        assertField(() -> url().font(PNG), "font");
        assertField(() -> url().qrColors(0xFF777777, 0xFF888888), "qrDarkColor");
        assertField(() -> url().qrColors(0x80000000, 0xFFFFFFFF), "qrDarkColor");
        assertField(() -> url().qrColors(0xFF000000, 0x00FFFFFF), "qrLightColor");
        assertField(() -> url().qrColors(0xFFFFFFFF, 0xFF000000), "qrDarkColor");
    }

    @Test
    @DisplayName("modules must grow with the poster: 3 px up to 1050 px, 4 px on the default poster, a 350th of the longer side")
    void minModuleSize() {
        assertThat(url().size(600, 1000).build().minModuleSize()).isEqualTo(3);
        assertThat(url().size(1050, 1050).build().minModuleSize()).isEqualTo(3);
        assertThat(url().build().minModuleSize()).isEqualTo(4);
        assertThat(url().size(1334, 750).build().minModuleSize()).isEqualTo(4);
        assertThat(url().size(1200, 2000).build().minModuleSize()).isEqualTo(6);
        assertThat(url().size(4096, 4096).build().minModuleSize()).isEqualTo(12);
    }

    @Test
    @DisplayName("dark modules on a light ground with 4.5:1 contrast are accepted")
    void qrColours() {
        PosterSpec spec = url().qrColors(0xFF1A237E, 0xFFFFF8E1).build();

        assertThat(spec.qrDarkColor()).isEqualTo(0xFF1A237E);
        assertThat(spec.qrLightColor()).isEqualTo(0xFFFFF8E1);
    }

    @Test
    @DisplayName("the payload-too-large error names the byte length and the limit")
    void tooLargeMessage() {
        QrPayloadTooLargeException e = new QrPayloadTooLargeException(1300, 84, 240, QrErrorCorrection.H, 4);

        assertThat(e).isInstanceOf(PosterException.class).hasMessageContaining("1300 bytes")
                .hasMessageContaining("at most 84 bytes").hasMessageContaining("240 px").hasMessageContaining("at least 4 px");
        assertThat(e.byteLength()).isEqualTo(1300);
        assertThat(e.limit()).isEqualTo(84);
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
