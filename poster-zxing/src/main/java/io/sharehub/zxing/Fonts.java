package io.sharehub.zxing;

import io.sharehub.poster.PosterException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fonts posters are drawn with: the shipped Noto Sans CJK SC subset (GB2312 and common
 * punctuation, SIL Open Font License; see {@code NotoSansSC-LICENSE.txt} beside it), and the
 * fonts hosts put into specs, loaded once each. Thread-safe: {@link Font} is immutable, the
 * shipped font is loaded once by the class loader's lock, and the cache is guarded by its lock.
 */
final class Fonts {
    /** Where the shipped font lives on the class path. */
    static final String BUNDLED_RESOURCE = "NotoSansSC-Subset.otf";
    private static final int CACHED_FONTS = 4;
    private static volatile Font bundled;

    private final Map<Key, Font> loaded = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Font> eldest) {
            return size() > CACHED_FONTS;
        }
    };

    /**
     * @return the shipped CJK font, at size 1; loaded on first use, once for the class loader
     *     (the file is 2 MB and takes a while to parse), and again on the next call if loading failed
     */
    static Font bundled() {
        Font font = bundled;
        if (font == null) {
            synchronized (Fonts.class) {
                font = bundled;
                if (font == null) {
                    font = loadBundled();
                    bundled = font;
                }
            }
        }
        return font;
    }

    private static Font loadBundled() {
        InputStream in = Fonts.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new PosterException("the bundled font " + BUNDLED_RESOURCE
                    + " is missing from the class path; is sharehub-poster-zxing repackaged without its resources?");
        }
        return load("bundled font " + BUNDLED_RESOURCE, in);
    }

    /**
     * @param bytes a TrueType or OpenType file from a spec
     * @return the font, loaded once per distinct file
     * @throws PosterException if the bytes are not a font Java can load
     */
    Font fromSpec(byte[] bytes) {
        Key key = new Key(bytes);
        synchronized (loaded) {
            Font font = loaded.get(key);
            if (font != null) {
                return font;
            }
        }
        Font font = load("font", new ByteArrayInputStream(bytes));
        synchronized (loaded) {
            loaded.putIfAbsent(key, font);
        }
        return font;
    }

    private static Font load(String field, InputStream in) {
        try (in) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException | IOException | RuntimeException e) {
            throw new PosterException(field + " could not be loaded as a TrueType or OpenType font: " + e, e);
        }
    }

    private static final class Key {
        private final byte[] bytes;
        private final int hash;

        Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
