package io.sharehub.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QrContentTest {

    @Test
    @DisplayName("an ASCII URL is encoded exactly as given, without the UTF-8 hint")
    void asciiUrlUnchanged() {
        QrContent url = QrContent.url("https://m.example.com/s/Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY?from=poster#top");

        assertThat(url.encodedText()).isEqualTo(url.value());
        assertThat(url.needsUtf8Hint()).isFalse();
        assertThat(url.byteLength()).isEqualTo(url.value().length());
    }

    @Test
    @DisplayName("a URL with a Chinese path segment is percent-encoded as UTF-8, the rest kept")
    void chinesePathPercentEncoded() {
        QrContent url = QrContent.url("https://m.example.com/活动/双十一?from=海报&id=7#顶部");

        assertThat(url.encodedText()).isEqualTo("https://m.example.com/%E6%B4%BB%E5%8A%A8/%E5%8F%8C%E5%8D%81%E4%B8%80"
                + "?from=%E6%B5%B7%E6%8A%A5&id=7#%E9%A1%B6%E9%83%A8");
        assertThat(url.needsUtf8Hint()).isFalse();
    }

    @Test
    @DisplayName("existing escapes stay, spaces are escaped, a Chinese host becomes punycode")
    void escapesSpacesAndHosts() {
        assertThat(QrContent.url("https://a.example/x%20y z").encodedText()).isEqualTo("https://a.example/x%20y%20z");
        assertThat(QrContent.url("https://user:pw@例子.中国:8443/页").encodedText())
                .isEqualTo("https://user:pw@xn--fsqu00a.xn--fiqs8s:8443/%E9%A1%B5");
        assertThat(QrContent.url("https://[::1]:8080/测").encodedText()).isEqualTo("https://[::1]:8080/%E6%B5%8B");
        assertThat(QrContent.url("weixin://dl/business/?t=数").encodedText()).isEqualTo("weixin://dl/business/?t=%E6%95%B0");
    }

    @Test
    @DisplayName("an emoji in a URL is percent-encoded from its four UTF-8 bytes")
    void emojiInUrl() {
        assertThat(QrContent.url("https://a.example/🌸").encodedText()).isEqualTo("https://a.example/%F0%9F%8C%B8");
    }

    @Test
    @DisplayName("free text is kept as given and carries the UTF-8 hint")
    void freeText() {
        QrContent text = QrContent.text("扫码领取双十一优惠券：满300减50");

        assertThat(text.encodedText()).isEqualTo(text.value());
        assertThat(text.needsUtf8Hint()).isTrue();
        assertThat(text.byteLength()).isEqualTo(text.value().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    @DisplayName("bad content is a typed error naming qrContent")
    void badContent() {
        assertThatThrownBy(() -> QrContent.url("  ")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("qrContent");
        assertThatThrownBy(() -> QrContent.url("m.example.com/s/abc")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("qrContent must be an absolute URL");
        assertThatThrownBy(() -> QrContent.text(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("qrContent must be given");
        assertThatThrownBy(() -> QrContent.text("半个\uD83C")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> QrContent.url("https://" + "例".repeat(70) + ".cn/")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("valid host name");
    }

    @Property
    @Label("every encoded URL is printable ASCII and percent-decodes back to what was given")
    void encodedUrlIsAsciiAndReversible(@ForAll("paths") String path) {
        String given = "https://m.example.com/" + path;

        String encoded = QrContent.url(given).encodedText();

        assertThat(encoded.chars()).allMatch(c -> c > 0x20 && c < 0x7F);
        assertThat(percentDecode(encoded)).isEqualTo(given);
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> pieces = Arbitraries.of("活动", "双十一", "🌸", "👨‍👩‍👧", "a", "Z9", "-", "_", "~", "/", "?q=", "&x=",
                "#", " ", "é", "ü", "東京", "=");
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
