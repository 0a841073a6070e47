package io.sharehub.zxing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Images for tests and the docs sample, drawn here so that no binary test fixture is needed. */
final class Samples {
    static final String SHARE_URL = "https://m.example.com/s/Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY";

    private Samples() {
    }

    /** A square avatar: a face-like disc on a soft gradient. */
    static byte[] avatar() {
        BufferedImage image = new BufferedImage(300, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xFFB3C7), 300, 360, new Color(0xFF6F91)));
        g.fillRect(0, 0, 300, 360);
        g.setColor(new Color(0xFFE0C2));
        g.fill(new Ellipse2D.Double(80, 80, 140, 160));
        g.setColor(new Color(0x3A2E2A));
        g.fill(new Ellipse2D.Double(120, 140, 16, 20));
        g.fill(new Ellipse2D.Double(164, 140, 16, 20));
        g.dispose();
        return jpeg(image);
    }

    /** A round-cornered square logo in brand red with a white mark. */
    static byte[] logo() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xE53935));
        g.fill(new RoundRectangle2D.Double(0, 0, 200, 200, 48, 48));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(50, 50, 100, 100));
        g.setColor(new Color(0xE53935));
        g.fill(new Ellipse2D.Double(75, 75, 50, 50));
        g.dispose();
        return png(image);
    }

    /** A warm festive gradient background, larger than the poster, as a JPEG. */
    static byte[] background() {
        BufferedImage image = new BufferedImage(900, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xFFF3E0), 0, 1600, new Color(0xFFCCBC)));
        g.fillRect(0, 0, 900, 1600);
        g.setColor(new Color(255, 255, 255, 90));
        for (int i = 0; i < 6; i++) {
            g.fill(new Ellipse2D.Double(600 - i * 90, 200 + i * 150, 260, 260));
        }
        g.dispose();
        return jpeg(image);
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
