package io.sharehub.zxing;

import io.sharehub.ShareHubException;
import io.sharehub.InvalidInputException;
import io.sharehub.poster.PosterException;
import io.sharehub.poster.PosterRenderer;
import io.sharehub.poster.PosterSpec;
import io.sharehub.poster.QrPayloadTooLargeException;
import io.sharehub.zxing.PosterLayout.Box;
import io.sharehub.zxing.PosterLayout.TextRun;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws share posters with ZXing (the QR code) and Java2D (everything else), headless, as PNG
 * bytes or as a {@link BufferedImage}.
 *
 * <p>Layout, top to bottom, inside a margin of 8 % of the poster width: the sharer's round avatar
 * (2.8 times the text size) with their name beside it, cut with "…" by whole grapheme cluster;
 * the title in bold, wrapped to the margin width and to {@link PosterSpec#titleMaxLines()}; the
 * subtitle, wrapped to at most 3 lines; then, drawn last so nothing covers it, the QR box at its
 * place with the caption centred under it (above it when there is no room below).
 *
 * <p>The QR code always scans: modules are whole pixels (at least {@link PosterSpec#minModuleSize()}),
 * drawn without antialiasing, the symbol centred in a box of the light colour that leaves a quiet
 * zone of at least four modules on every side, on any background. A logo sits on a light pad,
 * centred, no wider than a quarter of the symbol. A payload that does not fit
 * is a {@link QrPayloadTooLargeException} before anything is drawn.
 *
 * <p>Text is drawn with the spec's font, else the font given to {@link Builder#font(Font)}, else
 * the shipped Noto Sans CJK SC subset (GB2312 and common punctuation). Characters the font cannot
 * draw, such as emoji in the shipped font, are left out, never drawn as boxes.
 *
 * <p>Thread-safe: one renderer may draw any number of posters at once. Each poster has its own
 * image and graphics; fonts are immutable; the small caches of loaded fonts and shaped images
 * (backgrounds, avatars, logos, so that a campaign's posters decode its background once) are
 * guarded by locks. ImageIO's global settings are never touched.
 */
public final class ZxingPosterRenderer implements PosterRenderer {
    /** Default weight of the shaped-image cache: 64 MiB. */
    public static final long DEFAULT_IMAGE_CACHE_BYTES = 64L << 20;
    private static final int SUBTITLE_MAX_LINES = 3;

    private final Font font;
    private final Fonts fonts = new Fonts();
    private final ShapedImages images;

    private ZxingPosterRenderer(Builder builder) {
        this.font = builder.font;
        this.images = new ShapedImages(builder.imageCacheBytes);
    }

    /** @return a renderer with the shipped font and the default cache */
    public static ZxingPosterRenderer create() {
        return builder().build();
    }

    /** @return a builder for a renderer with a host font or another cache size */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Draws the poster as a PNG file (8-bit RGB).
     *
     * @param spec what the poster shows
     * @return the PNG bytes
     * @throws QrPayloadTooLargeException if the QR payload does not fit the QR box
     * @throws PosterException if an image or font in the spec cannot be read, or drawing fails
     */
    @Override
    public byte[] renderPng(PosterSpec spec) {
        BufferedImage image = renderImage(spec);
        try {
            return PngEncoder.encode(image);
        } catch (RuntimeException e) {
            throw new PosterException("the poster could not be encoded as PNG: " + e, e);
        }
    }

    /**
     * Draws the poster as an image, for hosts that post-process it or encode it themselves.
     *
     * @param spec what the poster shows
     * @return a new opaque image ({@link BufferedImage#TYPE_INT_RGB}) of the spec's size, owned by
     *     the caller
     * @throws QrPayloadTooLargeException if the QR payload does not fit the QR box
     * @throws PosterException if an image or font in the spec cannot be read, or drawing fails
     * @throws InvalidInputException if the spec is {@code null}
     */
    public BufferedImage renderImage(PosterSpec spec) {
        if (spec == null) {
            throw new InvalidInputException("spec", "must be given", null);
        }
        try {
            PosterLayout layout = layout(spec);
            BufferedImage background = null;
            byte[] backgroundBytes = spec.backgroundImage();
            if (backgroundBytes != null) {
                int w = spec.width();
                int h = spec.height();
                int under = spec.backgroundColor();
                background = images.get("background:" + w + "x" + h + ":" + Integer.toHexString(under), backgroundBytes,
                        bytes -> Images.cover(Images.read("backgroundImage", bytes), w, h, under));
            }
            BufferedImage avatar = null;
            if (layout.avatar() != null) {
                int d = layout.avatar().size();
                avatar = images.get("avatar:" + d, spec.sharerAvatar(),
                        bytes -> Images.circle(Images.read("sharerAvatar", bytes), d));
            }
            BufferedImage logo = null;
            if (layout.logoPad() != null) {
                int side = logoSide(layout);
                logo = images.get("logo:" + side, spec.logo(), bytes -> Images.fit(Images.read("logo", bytes), side));
            }
            return paint(spec, layout, background, avatar, logo);
        } catch (ShareHubException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PosterException("the poster could not be drawn: " + e, e);
        }
    }

    /** Works out where everything goes; encodes the QR symbol first, so an oversized payload fails at once. */
    PosterLayout layout(PosterSpec spec) {
        QrSymbol qr = QrSymbol.encode(spec);
        Font base = baseFont(spec);
        Font titleFont = base.deriveFont(Font.BOLD, (float) spec.titleFontSize());
        Font textFont = base.deriveFont(Font.PLAIN, (float) spec.textFontSize());
        int margin = Math.round(spec.width() * 0.08f);
        int contentWidth = spec.width() - 2 * margin;
        List<TextRun> runs = new ArrayList<>();
        int y = margin;

        Box avatar = null;
        String name = spec.sharerName() == null ? "" : Typesetter.drawable(textFont, spec.sharerName());
        boolean hasAvatar = spec.hasSharerAvatar();
        if (hasAvatar || !name.isBlank()) {
            int diameter = hasAvatar ? Math.round(spec.textFontSize() * 2.8f) : 0;
            LineMetrics m = metrics(textFont);
            int rowHeight = Math.max(diameter, Math.round(m.getAscent() + m.getDescent()));
            if (hasAvatar) {
                avatar = new Box(margin, y, diameter);
            }
            int nameX = margin + (hasAvatar ? diameter + Math.round(spec.textFontSize() * 0.6f) : 0);
            String fitted = Typesetter.fitLine(textFont, name, spec.width() - margin - nameX);
            if (!fitted.isEmpty()) {
                float baseline = y + (rowHeight + m.getAscent() - m.getDescent()) / 2f;
                runs.add(run("sharerName", fitted, textFont, nameX, baseline, spec.textColor()));
            }
            y += rowHeight + Math.round(spec.titleFontSize() * 0.9f);
        }

        if (spec.title() != null) {
            String title = Typesetter.drawable(titleFont, spec.title());
            if (!title.isBlank()) {
                y = lines(runs, "title", Typesetter.wrap(titleFont, title, contentWidth, spec.titleMaxLines()),
                        titleFont, margin, y, Math.round(spec.titleFontSize() * 1.4f), spec.titleColor());
                y += Math.round(spec.textFontSize() * 0.5f);
            }
        }
        if (spec.subtitle() != null) {
            String subtitle = Typesetter.drawable(textFont, spec.subtitle());
            if (!subtitle.isBlank()) {
                lines(runs, "subtitle", Typesetter.wrap(textFont, subtitle, contentWidth, SUBTITLE_MAX_LINES),
                        textFont, margin, y, Math.round(spec.textFontSize() * 1.5f), spec.textColor());
            }
        }

        if (spec.qrCaption() != null) {
            String caption = Typesetter.fitLine(textFont, Typesetter.drawable(textFont, spec.qrCaption()), contentWidth);
            if (!caption.isEmpty()) {
                LineMetrics m = metrics(textFont);
                double width = Typesetter.width(textFont, caption);
                float x = (float) Math.max(0, Math.min(spec.width() - width, spec.qrX() + (spec.qrSize() - width) / 2));
                float gap = spec.textFontSize() * 0.5f;
                float below = spec.qrY() + spec.qrSize() + gap + m.getAscent();
                float baseline = below + m.getDescent() <= spec.height() ? below : spec.qrY() - gap - m.getDescent();
                runs.add(run("qrCaption", caption, textFont, x, baseline, spec.textColor()));
            }
        }

        Box logoPad = null;
        if (spec.hasLogo()) {
            int pad = qr.logoPadSide();
            int offset = (qr.side() - pad) / 2;
            logoPad = new Box(qr.left() + offset, qr.top() + offset, pad);
        }
        return new PosterLayout(runs, avatar, qr, logoPad);
    }

    private Font baseFont(PosterSpec spec) {
        byte[] specFont = spec.font();
        if (specFont != null) {
            return fonts.fromSpec(specFont);
        }
        return font != null ? font : Fonts.bundled();
    }

    private static int lines(List<TextRun> runs, String role, List<String> lines, Font font, int x, int top,
            int lineHeight, int argb) {
        LineMetrics m = metrics(font);
        int y = top;
        for (String line : lines) {
            if (!line.isEmpty()) {
                float baseline = y + (lineHeight + m.getAscent() - m.getDescent()) / 2f;
                runs.add(run(role, line, font, x, baseline, argb));
            }
            y += lineHeight;
        }
        return y;
    }

    private static TextRun run(String role, String text, Font font, float x, float baseline, int argb) {
        return new TextRun(role, text, font, x, baseline, Typesetter.width(font, text), argb);
    }

    private static LineMetrics metrics(Font font) {
        return font.getLineMetrics("中Ag", Typesetter.FRC);
    }

    /** The logo's largest side: the pad less one module of light margin on each side. */
    private static int logoSide(PosterLayout layout) {
        return Math.max(1, layout.logoPad().size() - 2 * layout.qr().moduleSize());
    }

    private static BufferedImage paint(PosterSpec spec, PosterLayout layout, BufferedImage background,
            BufferedImage avatar, BufferedImage logo) {
        int width = spec.width();
        BufferedImage poster = new BufferedImage(width, spec.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = poster.createGraphics();
        try {
            if (background != null) {
                g.drawImage(background, 0, 0, null); // opaque, over the background colour already
            } else {
                if (spec.backgroundColor() >>> 24 != 0xFF) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, width, spec.height());
                }
                g.setColor(new Color(spec.backgroundColor(), true));
                g.fillRect(0, 0, width, spec.height());
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            if (avatar != null) {
                g.drawImage(avatar, layout.avatar().x(), layout.avatar().y(), null);
            }
            for (TextRun run : layout.runs()) {
                g.setFont(run.font());
                g.setColor(new Color(run.argb(), true));
                g.drawString(run.text(), run.x(), run.baseline());
            }
        } finally {
            g.dispose();
        }
        paintQr(poster, spec, layout.qr(), layout.logoPad());
        if (logo != null) {
            Box pad = layout.logoPad();
            Graphics2D lg = poster.createGraphics();
            try {
                lg.drawImage(logo, pad.x() + (pad.size() - logo.getWidth()) / 2, pad.y() + (pad.size() - logo.getHeight()) / 2,
                        null);
            } finally {
                lg.dispose();
            }
        }
        return poster;
    }

    /** Writes the QR box straight into the pixels: whole-pixel modules, no antialiasing, no scaling. */
    private static void paintQr(BufferedImage poster, PosterSpec spec, QrSymbol qr, Box logoPad) {
        int[] pixels = ((DataBufferInt) poster.getRaster().getDataBuffer()).getData();
        int width = poster.getWidth();
        int light = spec.qrLightColor() & 0xFFFFFF;
        int dark = spec.qrDarkColor() & 0xFFFFFF;
        for (int y = spec.qrY(); y < spec.qrY() + spec.qrSize(); y++) {
            Arrays.fill(pixels, y * width + spec.qrX(), y * width + spec.qrX() + spec.qrSize(), light);
        }
        int m = qr.moduleSize();
        int[] row = new int[qr.side()];
        for (int my = 0; my < qr.modules(); my++) {
            for (int mx = 0; mx < qr.modules(); mx++) {
                Arrays.fill(row, mx * m, mx * m + m, qr.dark()[my * qr.modules() + mx] ? dark : light);
            }
            for (int dy = 0; dy < m; dy++) {
                System.arraycopy(row, 0, pixels, (qr.top() + my * m + dy) * width + qr.left(), row.length);
            }
        }
        if (logoPad != null) {
            for (int y = logoPad.y(); y < logoPad.y() + logoPad.size(); y++) {
                Arrays.fill(pixels, y * width + logoPad.x(), y * width + logoPad.x() + logoPad.size(), light);
            }
        }
    }

    /** Configures a {@link ZxingPosterRenderer}. Not thread-safe; the renderer it builds is. */
    public static final class Builder {
        private Font font;
        private long imageCacheBytes = DEFAULT_IMAGE_CACHE_BYTES;

        private Builder() {
        }

        /**
         * @param hostFont the font for posters whose spec sets none, instead of the shipped Noto
         *     Sans CJK SC subset; its size and style are ignored. {@code null} restores the default.
         * @return this builder
         */
        public Builder font(Font hostFont) {
            this.font = hostFont;
            return this;
        }

        /**
         * @param bytes how much memory the cache of decoded and shaped images (backgrounds,
         *     avatars, logos) may hold, counting source bytes plus four bytes a pixel; default
         *     {@value ZxingPosterRenderer#DEFAULT_IMAGE_CACHE_BYTES} (64 MiB); 0 turns it off
         * @return this builder
         * @throws InvalidInputException if negative
         */
        public Builder imageCacheBytes(long bytes) {
            if (bytes < 0) {
                throw new InvalidInputException("imageCacheBytes", "must be 0 or more", bytes);
            }
            this.imageCacheBytes = bytes;
            return this;
        }

        /** @return the renderer */
        public ZxingPosterRenderer build() {
            return new ZxingPosterRenderer(this);
        }
    }
}
