package io.sharehub.zxing;

import io.sharehub.poster.PosterException;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads the spec's images and shapes them for the poster: the background scaled to cover, the
 * avatar cut to a circle, the logo fitted into its pad. Thread-safe: no shared state, and no
 * global ImageIO settings are touched (each read uses its own in-memory stream, never the disk
 * cache).
 */
final class Images {
    /** The most pixels an input image may have, against decompression bombs: 40 million. */
    static final long MAX_PIXELS = 40_000_000L;

    private Images() {
    }

    /**
     * @param field the spec field, for messages
     * @param bytes a PNG or JPEG file
     * @return the decoded image
     * @throws PosterException naming the field if the bytes cannot be decoded or are too large
     */
    static BufferedImage read(String field, byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PosterException(field + " could not be read: no PNG or JPEG reader accepts its "
                        + bytes.length + " bytes");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new PosterException(field + " must have at most " + MAX_PIXELS + " pixels, but is "
                            + reader.getWidth(0) + "x" + reader.getHeight(0));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PosterException poster) {
                throw poster;
            }
            throw new PosterException(field + " could not be read as a PNG or JPEG image: " + e, e);
        }
    }

    /**
     * @param under the colour (ARGB) that shows through the image's transparent parts, itself over white
     * @return the image scaled to cover {@code width × height} and centred, the overflow cut; opaque
     */
    static BufferedImage cover(BufferedImage source, int width, int height, int under) {
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int w = Math.max(width, (int) Math.ceil(source.getWidth() * scale));
        int h = Math.max(height, (int) Math.ceil(source.getHeight() * scale));
        BufferedImage scaled = scale(source, w, h);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(under, true));
            g.fillRect(0, 0, width, height);
            g.drawImage(scaled, -(w - width) / 2, -(h - height) / 2, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** @return the image's centred square cut to a circle of the given diameter, antialiased, transparent outside */
    static BufferedImage circle(BufferedImage source, int diameter) {
        int side = Math.min(source.getWidth(), source.getHeight());
        BufferedImage square = source.getSubimage((source.getWidth() - side) / 2, (source.getHeight() - side) / 2,
                side, side);
        BufferedImage scaled = scale(square, diameter, diameter);
        BufferedImage out = new BufferedImage(diameter, diameter, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.fill(new Ellipse2D.Double(0, 0, diameter, diameter));
            g.setComposite(AlphaComposite.SrcIn);
            g.drawImage(scaled, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** @return the image scaled to fit inside {@code box × box}, keeping its aspect ratio */
    static BufferedImage fit(BufferedImage source, int box) {
        double scale = Math.min((double) box / source.getWidth(), (double) box / source.getHeight());
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        return scale(source, w, h);
    }

    /**
     * Scales with bilinear steps of at most one half, so that large downscales stay smooth
     * instead of aliasing.
     */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= width ? w / 2 : width;
            h = h / 2 >= height ? h / 2 : height;
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current;
    }
}
