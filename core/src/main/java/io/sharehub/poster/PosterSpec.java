package io.sharehub.poster;

import io.sharehub.InvalidInputException;
import io.sharehub.internal.Check;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a share poster shows, from top to bottom: the sharer's round avatar and name, the campaign
 * title and a subtitle, then the QR code of the share link with an optional caption under it, all
 * over a background colour or image. Build one with {@link #builder()}; the built spec is
 * immutable (images and the font are copied in and out) and safe to share between threads.
 *
 * <p>Images travel as PNG or JPEG bytes, the font as TrueType or OpenType bytes, colours as ARGB
 * integers ({@code 0xAARRGGBB}), so that core needs no imaging library. Sizes are in pixels.
 *
 * <p>Defaults: 750 × 1334 pixels (a phone screen, what WeChat Moments shows full width); white
 * background; title 40 px, at most 2 lines; subtitle, name and caption 28 px; QR box 240 px,
 * centred horizontally with its bottom edge a tenth of the height above the poster's bottom;
 * error correction {@link QrErrorCorrection#M}, or {@link QrErrorCorrection#H} when a logo is
 * set; black modules on white; the renderer's font.
 *
 * <p>Every setter checks its value and throws {@link InvalidInputException} naming the field;
 * {@link Builder#build()} checks how the fields fit together (the QR box lies inside the poster,
 * a logo goes with level H, the QR colours contrast). Text limits count code points, so an emoji
 * counts one.
 */
public final class PosterSpec {
    /** Default poster width in pixels. */
    public static final int DEFAULT_WIDTH = 750;
    /** Default poster height in pixels. */
    public static final int DEFAULT_HEIGHT = 1334;
    /** Smallest poster width or height in pixels. */
    public static final int MIN_SIZE = 200;
    /** Largest poster width or height in pixels. */
    public static final int MAX_SIZE = 4096;
    /** Default QR box size in pixels (the symbol and its quiet zone). */
    public static final int DEFAULT_QR_SIZE = 240;
    /**
     * Smallest QR box size in pixels: the smallest symbol (21 modules) with its quiet zone at
     * {@link #MIN_MODULE_SIZE}. Posters over 1050 px on their longer side need a larger box for
     * any payload (see {@link #minModuleSize()}).
     */
    public static final int MIN_QR_SIZE = (21 + 8) * 3;
    /**
     * The smallest module a renderer draws, in whole pixels, on any poster; larger posters need
     * larger modules, see {@link #minModuleSize()}. A payload that would need smaller modules in
     * the box is a {@link QrPayloadTooLargeException}: a code that only scans under perfect
     * conditions loses referrals.
     */
    public static final int MIN_MODULE_SIZE = 3;
    /**
     * How many times a module may go into the poster's longer side. A decoder that looks at the
     * whole poster, as a phone does with a saved image, samples it coarsely (ZXing's reader skips
     * rows in proportion to the image's height) and misses a code whose modules are too small for
     * the poster: a version 1 code with 3 px modules scans on a 1000 px poster and is not found
     * on a 1334 px one. Measured with ZXing's reader, 1 / 350 of the longer side is enough.
     */
    public static final int MAX_SIDE_IN_MODULES = 350;
    /** Title limit in code points. */
    public static final int MAX_TITLE = 200;
    /** Subtitle limit in code points. */
    public static final int MAX_SUBTITLE = 500;
    /** Sharer name limit in code points. */
    public static final int MAX_SHARER_NAME = 64;
    /** QR caption limit in code points. */
    public static final int MAX_QR_CAPTION = 50;
    /** Largest image (background, avatar, logo) in bytes: 20 MiB. */
    public static final int MAX_IMAGE_BYTES = 20 << 20;
    /** Largest font file in bytes: 32 MiB. */
    public static final int MAX_FONT_BYTES = 32 << 20;
    /** Default title size in pixels. */
    public static final int DEFAULT_TITLE_FONT_SIZE = 40;
    /** Default size of the subtitle, the sharer's name and the QR caption, in pixels. */
    public static final int DEFAULT_TEXT_FONT_SIZE = 28;
    /** Smallest font size in pixels. */
    public static final int MIN_FONT_SIZE = 10;
    /** Largest font size in pixels. */
    public static final int MAX_FONT_SIZE = 200;
    /** Default maximum number of title lines. */
    public static final int DEFAULT_TITLE_MAX_LINES = 2;
    /** Largest maximum number of title lines. */
    public static final int MAX_TITLE_LINES = 10;

    private final int width;
    private final int height;
    private final int backgroundColor;
    private final byte[] backgroundImage;
    private final String title;
    private final int titleColor;
    private final int titleFontSize;
    private final int titleMaxLines;
    private final String subtitle;
    private final int textColor;
    private final int textFontSize;
    private final String sharerName;
    private final byte[] sharerAvatar;
    private final QrContent qrContent;
    private final int qrSize;
    private final int qrX;
    private final int qrY;
    private final boolean qrPositioned;
    private final QrErrorCorrection qrErrorCorrection;
    private final QrErrorCorrection qrErrorCorrectionSet;
    private final int qrDarkColor;
    private final int qrLightColor;
    private final String qrCaption;
    private final byte[] logo;
    private final byte[] font;

    private PosterSpec(Builder b, int x, int y, QrErrorCorrection level) {
        width = b.width;
        height = b.height;
        backgroundColor = b.backgroundColor;
        backgroundImage = b.backgroundImage;
        title = b.title;
        titleColor = b.titleColor;
        titleFontSize = b.titleFontSize;
        titleMaxLines = b.titleMaxLines;
        subtitle = b.subtitle;
        textColor = b.textColor;
        textFontSize = b.textFontSize;
        sharerName = b.sharerName;
        sharerAvatar = b.sharerAvatar;
        qrContent = b.qrContent;
        qrSize = b.qrSize;
        qrX = x;
        qrY = y;
        qrPositioned = b.positioned;
        qrErrorCorrection = level;
        qrErrorCorrectionSet = b.qrErrorCorrection;
        qrDarkColor = b.qrDarkColor;
        qrLightColor = b.qrLightColor;
        qrCaption = b.qrCaption;
        logo = b.logo;
        font = b.font;
    }

    /** @return a builder with every default; set at least the QR content */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this spec's values, to make a changed copy; what was left to its
     *     default (the QR position, the error-correction level) stays a default, so that it
     *     follows the new size or logo
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.width = width;
        b.height = height;
        b.backgroundColor = backgroundColor;
        b.backgroundImage = backgroundImage;
        b.title = title;
        b.titleColor = titleColor;
        b.titleFontSize = titleFontSize;
        b.titleMaxLines = titleMaxLines;
        b.subtitle = subtitle;
        b.textColor = textColor;
        b.textFontSize = textFontSize;
        b.sharerName = sharerName;
        b.sharerAvatar = sharerAvatar;
        b.qrContent = qrContent;
        b.qrSize = qrSize;
        b.qrX = qrX;
        b.qrY = qrY;
        b.positioned = qrPositioned;
        b.qrErrorCorrection = qrErrorCorrectionSet;
        b.qrDarkColor = qrDarkColor;
        b.qrLightColor = qrLightColor;
        b.qrCaption = qrCaption;
        b.logo = logo;
        b.font = font;
        return b;
    }

    /** @return the poster width in pixels */
    public int width() {
        return width;
    }

    /** @return the poster height in pixels */
    public int height() {
        return height;
    }

    /** @return the background colour (ARGB), under the background image if there is one */
    public int backgroundColor() {
        return backgroundColor;
    }

    /** @return a copy of the background image (PNG or JPEG), or {@code null} for none */
    public byte[] backgroundImage() {
        return copy(backgroundImage);
    }

    /** @return the campaign title, or {@code null} for none */
    public String title() {
        return title;
    }

    /** @return the title colour (ARGB) */
    public int titleColor() {
        return titleColor;
    }

    /** @return the title font size in pixels */
    public int titleFontSize() {
        return titleFontSize;
    }

    /** @return the most lines the title wraps to; more text ends with "…" */
    public int titleMaxLines() {
        return titleMaxLines;
    }

    /** @return the subtitle, or {@code null} for none */
    public String subtitle() {
        return subtitle;
    }

    /** @return the colour (ARGB) of the subtitle, the sharer's name and the QR caption */
    public int textColor() {
        return textColor;
    }

    /** @return the font size in pixels of the subtitle, the sharer's name and the QR caption */
    public int textFontSize() {
        return textFontSize;
    }

    /** @return the sharer's display name, or {@code null} for none */
    public String sharerName() {
        return sharerName;
    }

    /** @return a copy of the sharer's avatar (PNG or JPEG), or {@code null} for none */
    public byte[] sharerAvatar() {
        return copy(sharerAvatar);
    }

    /** @return whether a sharer avatar is set */
    public boolean hasSharerAvatar() {
        return sharerAvatar != null;
    }

    /** @return what the QR code carries */
    public QrContent qrContent() {
        return qrContent;
    }

    /** @return the QR box size in pixels: the symbol and its quiet zone, on the light colour */
    public int qrSize() {
        return qrSize;
    }

    /**
     * The smallest module, in whole pixels, that a QR code on this poster may have:
     * {@link #MIN_MODULE_SIZE}, and at least the longer side divided by
     * {@link #MAX_SIDE_IN_MODULES}, rounded up. 4 px on the default 750 × 1334 poster.
     *
     * @return the smallest module size in pixels
     */
    public int minModuleSize() {
        int relative = (Math.max(width, height) + MAX_SIDE_IN_MODULES - 1) / MAX_SIDE_IN_MODULES;
        return Math.max(MIN_MODULE_SIZE, relative);
    }

    /** @return the x of the QR box's top-left corner, in pixels from the poster's left edge */
    public int qrX() {
        return qrX;
    }

    /** @return the y of the QR box's top-left corner, in pixels from the poster's top edge */
    public int qrY() {
        return qrY;
    }

    /** @return the error-correction level: as set, else M without a logo and H with one */
    public QrErrorCorrection qrErrorCorrection() {
        return qrErrorCorrection;
    }

    /** @return the colour (ARGB, opaque) of the QR code's dark modules */
    public int qrDarkColor() {
        return qrDarkColor;
    }

    /** @return the colour (ARGB, opaque) of the QR box: light modules and quiet zone */
    public int qrLightColor() {
        return qrLightColor;
    }

    /** @return the caption under the QR code, for example {@code 长按识别二维码}, or {@code null} */
    public String qrCaption() {
        return qrCaption;
    }

    /** @return a copy of the logo drawn in the QR code's centre (PNG or JPEG), or {@code null} */
    public byte[] logo() {
        return copy(logo);
    }

    /** @return whether a logo is set */
    public boolean hasLogo() {
        return logo != null;
    }

    /** @return a copy of the font (TrueType or OpenType), or {@code null} for the renderer's */
    public byte[] font() {
        return copy(font);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PosterSpec s)) {
            return false;
        }
        return width == s.width && height == s.height && backgroundColor == s.backgroundColor
                && Arrays.equals(backgroundImage, s.backgroundImage) && Objects.equals(title, s.title)
                && titleColor == s.titleColor && titleFontSize == s.titleFontSize && titleMaxLines == s.titleMaxLines
                && Objects.equals(subtitle, s.subtitle) && textColor == s.textColor && textFontSize == s.textFontSize
                && Objects.equals(sharerName, s.sharerName) && Arrays.equals(sharerAvatar, s.sharerAvatar)
                && qrContent.equals(s.qrContent) && qrSize == s.qrSize && qrX == s.qrX && qrY == s.qrY
                && qrErrorCorrection == s.qrErrorCorrection && qrDarkColor == s.qrDarkColor
                && qrLightColor == s.qrLightColor && Objects.equals(qrCaption, s.qrCaption)
                && Arrays.equals(logo, s.logo) && Arrays.equals(font, s.font);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(width, height, backgroundColor, title, titleColor, titleFontSize, titleMaxLines, subtitle,
                textColor, textFontSize, sharerName, qrContent, qrSize, qrX, qrY, qrErrorCorrection, qrDarkColor,
                qrLightColor, qrCaption);
        h = 31 * h + Arrays.hashCode(backgroundImage);
        h = 31 * h + Arrays.hashCode(sharerAvatar);
        h = 31 * h + Arrays.hashCode(logo);
        return 31 * h + Arrays.hashCode(font);
    }

    /** @return the fields, with images and the font shown by their size only */
    @Override
    public String toString() {
        return "PosterSpec[" + width + "x" + height + ", background=" + hex(backgroundColor) + size(backgroundImage)
                + ", title=" + quote(title) + ", subtitle=" + quote(subtitle) + ", sharerName=" + quote(sharerName)
                + ", sharerAvatar=" + size(sharerAvatar) + ", qrContent=" + qrContent + ", qrBox=" + qrSize + "px at ("
                + qrX + "," + qrY + "), qrErrorCorrection=" + qrErrorCorrection + ", logo=" + size(logo)
                + ", font=" + size(font) + "]";
    }

    private static String hex(int argb) {
        return String.format("#%08X", argb);
    }

    private static String quote(String s) {
        return s == null ? "none" : '"' + s + '"';
    }

    private static String size(byte[] bytes) {
        return bytes == null ? "none" : bytes.length + " bytes";
    }

    private static byte[] copy(byte[] bytes) {
        return bytes == null ? null : bytes.clone();
    }

    /**
     * Collects a poster's fields. Not thread-safe; {@link #build()} makes an immutable spec. Each
     * setter checks its own value at once; {@code build()} checks the fields together.
     */
    public static final class Builder {
        private int width = DEFAULT_WIDTH;
        private int height = DEFAULT_HEIGHT;
        private int backgroundColor = 0xFFFFFFFF;
        private byte[] backgroundImage;
        private String title;
        private int titleColor = 0xFF1F1F1F;
        private int titleFontSize = DEFAULT_TITLE_FONT_SIZE;
        private int titleMaxLines = DEFAULT_TITLE_MAX_LINES;
        private String subtitle;
        private int textColor = 0xFF595959;
        private int textFontSize = DEFAULT_TEXT_FONT_SIZE;
        private String sharerName;
        private byte[] sharerAvatar;
        private QrContent qrContent;
        private int qrSize = DEFAULT_QR_SIZE;
        private int qrX;
        private int qrY;
        private boolean positioned;
        private QrErrorCorrection qrErrorCorrection;
        private int qrDarkColor = 0xFF000000;
        private int qrLightColor = 0xFFFFFFFF;
        private String qrCaption;
        private byte[] logo;
        private byte[] font;

        private Builder() {
        }

        /**
         * @param newWidth poster width, {@value PosterSpec#MIN_SIZE} to {@value PosterSpec#MAX_SIZE}
         *     pixels; default {@value PosterSpec#DEFAULT_WIDTH}
         * @param newHeight poster height, {@value PosterSpec#MIN_SIZE} to {@value PosterSpec#MAX_SIZE}
         *     pixels; default {@value PosterSpec#DEFAULT_HEIGHT}
         * @return this builder
         * @throws InvalidInputException if either is out of range
         */
        public Builder size(int newWidth, int newHeight) {
            width = range("width", newWidth, MIN_SIZE, MAX_SIZE);
            height = range("height", newHeight, MIN_SIZE, MAX_SIZE);
            return this;
        }

        /**
         * @param argb the background colour; default opaque white. A translucent colour is drawn
         *     over white.
         * @return this builder
         */
        public Builder backgroundColor(int argb) {
            backgroundColor = argb;
            return this;
        }

        /**
         * @param pngOrJpeg the background image, scaled to cover the poster and centred (the
         *     overflow is cut), or {@code null} for none (the default); at most
         *     {@value PosterSpec#MAX_IMAGE_BYTES} bytes
         * @return this builder
         * @throws InvalidInputException if the bytes are not a PNG or JPEG file, or too large
         */
        public Builder backgroundImage(byte[] pngOrJpeg) {
            backgroundImage = image("backgroundImage", pngOrJpeg);
            return this;
        }

        /**
         * @param text the campaign title, wrapped to the poster width, or {@code null} for none;
         *     at most {@value PosterSpec#MAX_TITLE} code points
         * @return this builder
         * @throws InvalidInputException if too long
         */
        public Builder title(String text) {
            title = Check.optionalText("title", text, MAX_TITLE);
            return this;
        }

        /**
         * @param argb the title colour; default {@code 0xFF1F1F1F}, near black
         * @return this builder
         */
        public Builder titleColor(int argb) {
            titleColor = argb;
            return this;
        }

        /**
         * @param pixels the title font size, {@value PosterSpec#MIN_FONT_SIZE} to
         *     {@value PosterSpec#MAX_FONT_SIZE}; default {@value PosterSpec#DEFAULT_TITLE_FONT_SIZE}
         * @return this builder
         * @throws InvalidInputException if out of range
         */
        public Builder titleFontSize(int pixels) {
            titleFontSize = range("titleFontSize", pixels, MIN_FONT_SIZE, MAX_FONT_SIZE);
            return this;
        }

        /**
         * @param lines the most lines the title wraps to, 1 to {@value PosterSpec#MAX_TITLE_LINES};
         *     default {@value PosterSpec#DEFAULT_TITLE_MAX_LINES}. Longer titles end with "…".
         * @return this builder
         * @throws InvalidInputException if out of range
         */
        public Builder titleMaxLines(int lines) {
            titleMaxLines = range("titleMaxLines", lines, 1, MAX_TITLE_LINES);
            return this;
        }

        /**
         * @param text a line or two under the title, wrapped like it to at most 3 lines, or
         *     {@code null} for none; at most {@value PosterSpec#MAX_SUBTITLE} code points
         * @return this builder
         * @throws InvalidInputException if too long
         */
        public Builder subtitle(String text) {
            subtitle = Check.optionalText("subtitle", text, MAX_SUBTITLE);
            return this;
        }

        /**
         * @param argb the colour of the subtitle, the sharer's name and the QR caption; default
         *     {@code 0xFF595959}, dark grey
         * @return this builder
         */
        public Builder textColor(int argb) {
            textColor = argb;
            return this;
        }

        /**
         * @param pixels the font size of the subtitle, the sharer's name and the QR caption,
         *     {@value PosterSpec#MIN_FONT_SIZE} to {@value PosterSpec#MAX_FONT_SIZE}; default
         *     {@value PosterSpec#DEFAULT_TEXT_FONT_SIZE}
         * @return this builder
         * @throws InvalidInputException if out of range
         */
        public Builder textFontSize(int pixels) {
            textFontSize = range("textFontSize", pixels, MIN_FONT_SIZE, MAX_FONT_SIZE);
            return this;
        }

        /**
         * @param name the sharer's display name (from the host's profile directory), cut with "…"
         *     at a whole character (grapheme cluster) when it is wider than its space, or
         *     {@code null} for none; at most {@value PosterSpec#MAX_SHARER_NAME} code points
         * @return this builder
         * @throws InvalidInputException if too long
         */
        public Builder sharerName(String name) {
            sharerName = Check.optionalText("sharerName", name, MAX_SHARER_NAME);
            return this;
        }

        /**
         * @param pngOrJpeg the sharer's avatar, cropped to a centred circle, or {@code null} for
         *     none; at most {@value PosterSpec#MAX_IMAGE_BYTES} bytes
         * @return this builder
         * @throws InvalidInputException if the bytes are not a PNG or JPEG file, or too large
         */
        public Builder sharerAvatar(byte[] pngOrJpeg) {
            sharerAvatar = image("sharerAvatar", pngOrJpeg);
            return this;
        }

        /**
         * @param content what the QR code carries; required
         * @return this builder
         * @throws InvalidInputException if {@code null}
         */
        public Builder qrContent(QrContent content) {
            qrContent = Check.given("qrContent", content);
            return this;
        }

        /**
         * @param url the share URL; shorthand for {@code qrContent(QrContent.url(url))}
         * @return this builder
         * @throws InvalidInputException if the URL is blank, has no scheme or a bad host name
         */
        public Builder shareUrl(String url) {
            return qrContent(QrContent.url(url));
        }

        /**
         * @param pixels the QR box size: the symbol and its quiet zone, filled with the light
         *     colour; {@value PosterSpec#MIN_QR_SIZE} pixels up to the poster's smaller side;
         *     default {@value PosterSpec#DEFAULT_QR_SIZE}
         * @return this builder
         * @throws InvalidInputException if below the minimum (the poster bound is checked by
         *     {@link #build()})
         */
        public Builder qrSize(int pixels) {
            qrSize = range("qrSize", pixels, MIN_QR_SIZE, MAX_SIZE);
            return this;
        }

        /**
         * @param x the x of the QR box's top-left corner; default: centred horizontally
         * @param y the y of the QR box's top-left corner; default: the box's bottom edge a tenth of
         *     the poster height above the poster's bottom
         * @return this builder
         * @throws InvalidInputException if either is negative (that the box lies inside the poster
         *     is checked by {@link #build()})
         */
        public Builder qrPosition(int x, int y) {
            qrX = range("qrX", x, 0, MAX_SIZE);
            qrY = range("qrY", y, 0, MAX_SIZE);
            positioned = true;
            return this;
        }

        /**
         * @param level the error-correction level, or {@code null} for the default: M without a
         *     logo, H with one. With a logo only H is allowed.
         * @return this builder
         */
        public Builder qrErrorCorrection(QrErrorCorrection level) {
            qrErrorCorrection = level;
            return this;
        }

        /**
         * Sets the QR code's colours. Scanners need dark modules on a light ground: both colours
         * must be opaque and the contrast ratio (as WCAG computes it) at least 4.5 : 1.
         *
         * @param darkArgb the modules' colour; default opaque black
         * @param lightArgb the QR box's colour, quiet zone included; default opaque white
         * @return this builder
         * @throws InvalidInputException if a colour is translucent, or the dark colour is not
         *     darker than the light one by 4.5 : 1
         */
        public Builder qrColors(int darkArgb, int lightArgb) {
            if (darkArgb >>> 24 != 0xFF) {
                throw new InvalidInputException("qrDarkColor", "must be opaque (alpha FF)", hex(darkArgb));
            }
            if (lightArgb >>> 24 != 0xFF) {
                throw new InvalidInputException("qrLightColor", "must be opaque (alpha FF)", hex(lightArgb));
            }
            double ratio = (luminance(lightArgb) + 0.05) / (luminance(darkArgb) + 0.05);
            if (ratio < 4.5) {
                throw new InvalidInputException("qrDarkColor",
                        "must be darker than qrLightColor " + hex(lightArgb) + " by a contrast ratio of at least 4.5:1"
                                + String.format(" (is %.2f:1)", ratio), hex(darkArgb));
            }
            qrDarkColor = darkArgb;
            qrLightColor = lightArgb;
            return this;
        }

        /**
         * @param text a caption centred under the QR box, for example {@code 长按识别二维码}, or
         *     {@code null} for none (the default); at most {@value PosterSpec#MAX_QR_CAPTION} code
         *     points
         * @return this builder
         * @throws InvalidInputException if too long
         */
        public Builder qrCaption(String text) {
            qrCaption = Check.optionalText("qrCaption", text, MAX_QR_CAPTION);
            return this;
        }

        /**
         * @param pngOrJpeg a logo for the QR code's centre, or {@code null} for none (the default).
         *     It is drawn on a light pad that covers at most a quarter of the symbol's width, and it
         *     makes the error correction H. At most {@value PosterSpec#MAX_IMAGE_BYTES} bytes.
         * @return this builder
         * @throws InvalidInputException if the bytes are not a PNG or JPEG file, or too large
         */
        public Builder logo(byte[] pngOrJpeg) {
            logo = image("logo", pngOrJpeg);
            return this;
        }

        /**
         * @param trueTypeOrOpenType the font for all text, or {@code null} for the renderer's
         *     (the default); at most {@value PosterSpec#MAX_FONT_BYTES} bytes. Characters the font
         *     cannot draw are left out, never drawn as boxes.
         * @return this builder
         * @throws InvalidInputException if the bytes are not a TrueType or OpenType font file, or
         *     too large
         */
        public Builder font(byte[] trueTypeOrOpenType) {
            if (trueTypeOrOpenType != null) {
                if (trueTypeOrOpenType.length > MAX_FONT_BYTES) {
                    throw new InvalidInputException("font", "must be at most " + MAX_FONT_BYTES + " bytes",
                            trueTypeOrOpenType.length + " bytes");
                }
                if (!isFont(trueTypeOrOpenType)) {
                    throw new InvalidInputException("font", "must be a TrueType or OpenType font file",
                            trueTypeOrOpenType.length + " bytes starting " + head(trueTypeOrOpenType));
                }
            }
            font = trueTypeOrOpenType == null ? null : trueTypeOrOpenType.clone();
            return this;
        }

        /**
         * @return the immutable spec
         * @throws InvalidInputException if the QR content is missing, the QR box does not lie
         *     inside the poster, or a logo is set with an error-correction level other than H
         */
        public PosterSpec build() {
            Check.given("qrContent", qrContent);
            int limit = Math.min(width, height);
            if (qrSize > limit) {
                throw new InvalidInputException("qrSize", "must be at most the poster's smaller side, " + limit + " px",
                        qrSize);
            }
            int x = positioned ? qrX : (width - qrSize) / 2;
            int y = positioned ? qrY : height - qrSize - height / 10;
            if (x + qrSize > width) {
                throw new InvalidInputException("qrX", "must leave the " + qrSize + " px QR box inside the "
                        + width + " px wide poster (at most " + (width - qrSize) + ")", x);
            }
            if (y + qrSize > height) {
                throw new InvalidInputException("qrY", "must leave the " + qrSize + " px QR box inside the "
                        + height + " px high poster (at most " + (height - qrSize) + ")", y);
            }
            QrErrorCorrection level = qrErrorCorrection;
            if (logo != null && level != null && level != QrErrorCorrection.H) {
                throw new InvalidInputException("qrErrorCorrection", "must be H when a logo is set", level);
            }
            if (level == null) {
                level = logo == null ? QrErrorCorrection.M : QrErrorCorrection.H;
            }
            return new PosterSpec(this, x, y, level);
        }

        private static int range(String field, int value, int min, int max) {
            if (value < min || value > max) {
                throw new InvalidInputException(field, "must be from " + min + " to " + max, value);
            }
            return value;
        }

        private static byte[] image(String field, byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > MAX_IMAGE_BYTES) {
                throw new InvalidInputException(field, "must be at most " + MAX_IMAGE_BYTES + " bytes",
                        bytes.length + " bytes");
            }
            boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                    && bytes[3] == 'G';
            boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                    && (bytes[2] & 0xFF) == 0xFF;
            if (!png && !jpeg) {
                throw new InvalidInputException(field, "must be a PNG or JPEG file",
                        bytes.length + " bytes starting " + head(bytes));
            }
            return bytes.clone();
        }

        private static boolean isFont(byte[] b) {
            if (b.length < 12) {
                return false;
            }
            int tag = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
            return tag == 0x00010000 || tag == 0x4F54544F || tag == 0x74727565; // 1.0, "OTTO", "true"
        }

        private static String head(byte[] b) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < Math.min(4, b.length); i++) {
                s.append(String.format("%02X", b[i] & 0xFF));
            }
            return s.length() == 0 ? "(empty)" : s.toString();
        }

        private static double luminance(int argb) {
            return 0.2126 * linear(argb >> 16 & 0xFF) + 0.7152 * linear(argb >> 8 & 0xFF) + 0.0722 * linear(argb & 0xFF);
        }

        private static double linear(int channel) {
            double c = channel / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }
}
