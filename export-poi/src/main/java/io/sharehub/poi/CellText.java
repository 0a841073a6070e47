package io.sharehub.poi;

import java.util.Locale;

/** What Excel can hold in a text cell, and how wide text looks without font metrics. */
final class CellText {
    /** Excel's limit for the text of one cell, in UTF-16 units. */
    static final int MAX_LENGTH = 32_767;
    static final char ELLIPSIS = '…';
    private static final int ESCAPE_LENGTH = "_x0000_".length();

    private CellText() {
    }

    /**
     * The text as it must be stored so that Excel and POI read back exactly {@code text}, cut if
     * needed: over {@link #MAX_LENGTH} characters it is cut to at most that, ending with "…",
     * never leaving half a surrogate pair behind. The limit applies to the text as read back.
     *
     * <p>Stored text is decoded on reading: {@code _xHHHH_} stands for the character with that
     * hex code. So a literal {@code _x0041_} is stored with its underscore escaped
     * ({@code _x005F_x0041_}), and control characters, which XML cannot hold and POI would
     * write as {@code ?}, are stored as their escapes ({@code _x0001_}).
     */
    static String fit(String text) {
        if (text.length() <= MAX_LENGTH) {
            String stored = escape(text);
            if (stored.length() <= MAX_LENGTH) {
                return stored;
            }
        }
        // keep the longest prefix whose stored form leaves room for the ellipsis
        int budget = MAX_LENGTH - 1;
        int end = 0;
        while (end < text.length()) {
            int cost = needsEscape(text, end) ? ESCAPE_LENGTH : 1;
            if (cost > budget) {
                break;
            }
            budget -= cost;
            end++;
        }
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return escape(text.substring(0, end)) + ELLIPSIS;
    }

    static String escape(String text) {
        StringBuilder escaped = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text, i)) {
                String replacement = String.format(Locale.ROOT, "_x%04X_", (int) text.charAt(i));
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16);
                }
                escaped.append(text, copied, i).append(replacement);
                copied = i + 1;
            }
        }
        return escaped == null ? text : escaped.append(text, copied, text.length()).toString();
    }

    /**
     * Whether the character at {@code i} must be stored as {@code _xHHHH_}: a control character
     * other than tab, CR and LF, a non-character U+FFFE or U+FFFF, or an underscore that starts
     * something a reader would decode.
     */
    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c == '_') {
            return looksEscaped(text, i);
        }
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
    }

    /** Whether {@code _xHHHH_} (x in either case) starts at {@code at}. */
    private static boolean looksEscaped(String text, int at) {
        if (at + 7 > text.length() || (text.charAt(at + 1) != 'x' && text.charAt(at + 1) != 'X')
                || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The width of the text's longest line in character widths: 2 for a wide (CJK, full-width,
     * Hangul, emoji) code point, 1 for any other; counting stops once it reaches {@code cap}.
     */
    static int width(String text, int cap) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length() && widest < cap; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r') {
                line = 0;
                continue;
            }
            line += isWide(cp) ? 2 : 1;
            widest = Math.max(widest, line);
        }
        return Math.min(widest, cap);
    }

    /** East Asian wide and full-width ranges (after Unicode's EastAsianWidth W and F), plus emoji. */
    static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
