package io.sharehub.poi;

/** What Excel can hold in a text cell, and how wide text looks without font metrics. */
final class CellText {
    /** Excel's limit for the text of one cell, in UTF-16 units. */
    static final int MAX_LENGTH = 32_767;
    static final char ELLIPSIS = '…';

    private CellText() {
    }

    /**
     * Cuts text over {@link #MAX_LENGTH} to at most that length, ending with "…"; the cut never
     * leaves half a surrogate pair behind.
     */
    static String fit(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
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
