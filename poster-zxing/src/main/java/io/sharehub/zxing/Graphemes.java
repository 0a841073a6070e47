package io.sharehub.zxing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into user-perceived characters (extended grapheme clusters, UAX #29), so that text
 * is cut, measured and dropped only whole. {@code java.text.BreakIterator} on Java 17 splits
 * emoji ZWJ sequences ({@code 👨‍👩‍👧}) and some skin-tone and flag sequences, so this follows the
 * rules nicknames need: CR LF; Hangul syllable sequences; combining marks, variation selectors,
 * emoji modifiers (skin tones), tag characters (subdivision flags), the keycap mark and ZWJ
 * extend the cluster before them; a ZWJ joins the next character; regional indicators pair up.
 * A lone surrogate is a cluster of its own, and a valid surrogate pair is never split.
 */
final class Graphemes {
    private static final int ZWJ = 0x200D;

    private Graphemes() {
    }

    /**
     * @param text any text
     * @return its clusters, in order; joined they give the text back exactly
     */
    static List<String> split(String text) {
        List<String> clusters = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < n && text.charAt(i) == '\n') {
                clusters.add(text.substring(start, ++i));
                continue;
            }
            if (isControl(cp)) {
                clusters.add(text.substring(start, i));
                continue;
            }
            if (isRegionalIndicator(cp) && i < n && isRegionalIndicator(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int last = cp;
            while (i < n) {
                int next = text.codePointAt(i);
                boolean joins = isExtend(next)
                        || last == ZWJ && !isControl(next)
                        || hangulJoins(last, next);
                if (!joins) {
                    break;
                }
                i += Character.charCount(next);
                last = next;
            }
            clusters.add(text.substring(start, i));
        }
        return clusters;
    }

    /** @return whether the code point extends the cluster before it */
    static boolean isExtend(int cp) {
        if (cp == ZWJ || cp == 0x200C || cp == 0x20E3) {
            return true;
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
            return true; // variation selectors
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return true; // emoji modifiers: skin tones
        }
        if (cp >= 0xE0020 && cp <= 0xE007F) {
            return true; // tags, as in the flags of England, Scotland and Wales
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isControl(int cp) {
        return cp == '\r' || cp == '\n' || cp == 0x2028 || cp == 0x2029
                || Character.getType(cp) == Character.CONTROL;
    }

    private static boolean hangulJoins(int before, int after) {
        char b = hangulType(before);
        char a = hangulType(after);
        return b == 'L' && (a == 'L' || a == 'V' || a == 'S' || a == 'X')
                || (b == 'V' || b == 'S') && (a == 'V' || a == 'T')
                || (b == 'X' || b == 'T') && a == 'T';
    }

    /** L, V, T jamo; S an LV syllable; X an LVT syllable; '-' anything else. */
    private static char hangulType(int cp) {
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0xA960 && cp <= 0xA97C) {
            return 'L';
        }
        if (cp >= 0x1160 && cp <= 0x11A7 || cp >= 0xD7B0 && cp <= 0xD7C6) {
            return 'V';
        }
        if (cp >= 0x11A8 && cp <= 0x11FF || cp >= 0xD7CB && cp <= 0xD7FB) {
            return 'T';
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return (cp - 0xAC00) % 28 == 0 ? 'S' : 'X';
        }
        return '-';
    }
}
