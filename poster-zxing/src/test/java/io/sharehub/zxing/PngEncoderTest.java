package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Property(tries = 60)
    @Label("ImageIO reads back exactly the pixels that were encoded, whatever the size and content")
    void roundTrip(@ForAll @IntRange(min = 1, max = 300) int width, @ForAll @IntRange(min = 1, max = 90) int height,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int kind) {
        BufferedImage image = image(width, height, seed, kind);

        BufferedImage back = Scans.read(PngEncoder.encode(image));

        assertThat(back.getWidth()).isEqualTo(width);
        assertThat(back.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel (%d,%d)", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    @DisplayName("an image of another type (byte RGB, offset raster) is encoded from its colours")
    void otherImageTypes() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(3, 4, 0x123456);
        BufferedImage sub = image(120, 80, 7, 1).getSubimage(10, 10, 50, 40);

        assertThat(Scans.read(PngEncoder.encode(image)).getRGB(3, 4) & 0xFFFFFF).isEqualTo(0x123456);
        BufferedImage back = Scans.read(PngEncoder.encode(sub));
        assertThat(back.getRGB(49, 39) & 0xFFFFFF).isEqualTo(sub.getRGB(49, 39) & 0xFFFFFF);
    }

    @Test
    @DisplayName("a poster-sized image of several megabytes of pixels spans several IDAT chunks and reads back")
    void posterSized() {
        BufferedImage image = image(750, 1334, 42, 0);

        byte[] png = PngEncoder.encode(image);

        assertThat(png.length).isGreaterThan(1 << 17);
        BufferedImage back = Scans.read(png);
        assertThat(back.getRGB(749, 1333) & 0xFFFFFF).isEqualTo(image.getRGB(749, 1333) & 0xFFFFFF);
        assertThat(back.getRGB(0, 0) & 0xFFFFFF).isEqualTo(image.getRGB(0, 0) & 0xFFFFFF);
    }

    /** kind 0: noise, 1: gradient, 2: flat with a few spots. */
    private static BufferedImage image(int width, int height, long seed, int kind) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = switch (kind) {
                    case 0 -> random.nextInt(1 << 24);
                    case 1 -> (x * 255 / width) << 16 | (y * 255 / height) << 8 | ((x + y) & 0xFF);
                    default -> random.nextInt(50) == 0 ? random.nextInt(1 << 24) : 0xFAFAFA;
                };
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
