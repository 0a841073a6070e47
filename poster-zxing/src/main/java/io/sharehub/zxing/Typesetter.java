package io.sharehub.zxing;

import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets poster text into lines with real font metrics. Stateless and thread-safe: fonts are
 * immutable, and every width is measured in the one {@link #FRC} that drawing uses too
 * (grey-scale antialiasing, fractional metrics), so a line measured to fit is drawn to fit.
 *
 * <p>Wrapping: Chinese (and other CJK) text may break between any two characters; a run of
 * Latin letters and digits ({@code 2024}, {@code iPhone15}, {@code 3.5}, {@code BP-2043}) is kept
 * whole; spaces are break opportunities and vanish at line ends; closing punctuation never starts
 * a line and opening punctuation never ends one (kinsoku), which is done by gluing them to their
 * neighbour before breaking. A run wider than a whole line is the one exception: it is broken
 * between characters. Past the maximum number of lines the last line ends with "…".
 *
 * <p>Characters the font cannot draw (most often emoji) are left out before anything is
 * measured, whole grapheme clusters at a time, so every line passes
 * {@link Font#canDisplayUpTo(String)} and no glyph is drawn as a box.
 */
final class Typesetter {
    /** The context every width is measured in; {@link ZxingPosterRenderer} draws with the same hints. */
    static final FontRenderContext FRC = new FontRenderContext(null, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
            RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    static final String ELLIPSIS = "…";

    /** Must not start a line: closing brackets and quotes, stops, commas, marks, small kana. */
    private static final String CLOSING = "!%),.:;?]}¢°·’”†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？］｝～–—…‥"
            + "〉》」』】〙〟｠»ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠〜‼⁇⁈⁉・";
    /** Must not end a line: opening brackets and quotes, currency signs that precede numbers. */
    private static final String OPENING = "$(£¥‘“〈《「『【〔〖〝﹙﹛＄（［｛￡￥[{‵«〘｟";
    /** Kept inside a Latin or digit run when a run character stands on both sides: 3.5, 1,000, don't, BP-2043. */
    private static final String CONNECTORS = ".,'’-_/:";

    private Typesetter() {
    }

    /**
     * Leaves out every grapheme cluster the font cannot draw. A cluster that only fails because
     * of a variation selector (a text symbol asked to look like an emoji, such as ☺️) keeps its
     * base character. Line breaks become {@code '\n'} and tabs spaces; other controls go.
     *
     * @param font the font that will draw the text
     * @param text the text as the host gave it
     * @return the text the font can draw
     */
    static String drawable(Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String cluster : Graphemes.split(text)) {
            int first = cluster.codePointAt(0);
            if (first == '\n' || first == '\r' || first == 0x2028 || first == 0x2029) {
                out.append('\n');
            } else if (first == '\t') {
                out.append(' ');
            } else if (Character.getType(first) == Character.CONTROL) {
                continue;
            } else if (font.canDisplayUpTo(cluster) == -1) {
                out.append(cluster);
            } else {
                String bare = withoutVariationSelectors(cluster);
                if (!bare.isEmpty() && bare.codePointCount(0, bare.length()) == 1 && font.canDisplayUpTo(bare) == -1) {
                    out.append(bare);
                }
            }
        }
        return out.toString();
    }

    /**
     * @param font the font
     * @param text drawable text, one line
     * @return its advance width in pixels, as drawn
     */
    static double width(Font font, String text) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, FRC).getWidth();
    }

    /**
     * Cuts one line of text to a width at a grapheme cluster, ending it with "…" when cut.
     *
     * @param font the font
     * @param text drawable text; line breaks count as spaces
     * @param maxWidth the width in pixels
     * @return the text, whole when it fits, else its longest prefix of whole clusters plus "…"
     *     that fits (possibly only "…", or nothing when not even that fits)
     */
    static String fitLine(Font font, String text, double maxWidth) {
        String line = text.replace('\n', ' ').strip();
        if (width(font, line) <= maxWidth) {
            return line;
        }
        return cut(font, line, ellipsis(font), maxWidth);
    }

    /**
     * Wraps text to lines no wider than {@code maxWidth}, by the rules in the class comment.
     *
     * @param font the font
     * @param text drawable text ({@link #drawable}); {@code '\n'} forces a break
     * @param maxWidth the line width in pixels
     * @param maxLines the most lines; more text is cut and the last line ends with "…"
     * @return the lines, none empty unless the text forces an empty line
     */
    static List<String> wrap(Font font, String text, double maxWidth, int maxLines) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        String pendingSpace = "";
        for (Piece piece : pieces(text)) {
            if (piece.kind == Kind.BREAK) {
                lines.add(line);
                line = new ArrayList<>();
                pendingSpace = "";
            } else if (piece.kind == Kind.SPACE) {
                if (!line.isEmpty()) {
                    pendingSpace += piece.text;
                }
            } else if (line.isEmpty()) {
                line = place(font, piece.text, maxWidth, lines);
                pendingSpace = "";
            } else if (width(font, join(line) + pendingSpace + piece.text) <= maxWidth) {
                if (!pendingSpace.isEmpty()) {
                    line.add(pendingSpace);
                }
                line.add(piece.text);
                pendingSpace = "";
            } else {
                lines.add(line);
                line = place(font, piece.text, maxWidth, lines);
                pendingSpace = "";
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
            result.add(join(lines.get(i)));
        }
        if (lines.size() > maxLines) {
            int last = maxLines - 1;
            String ended = withEllipsis(font, lines.get(last), maxWidth);
            String ellipsis = ellipsis(font);
            // "…" alone (the last line was all opening marks) would start a line: the line before ends with it
            while (last > 0 && !ellipsis.isEmpty() && ended.equals(ellipsis)) {
                result.remove(last);
                last--;
                ended = withEllipsis(font, lines.get(last), maxWidth);
            }
            result.set(last, ended);
        }
        return result;
    }

    /**
     * Starts a new line with a piece. A piece wider than a line (a very long Latin run) is
     * broken between clusters, its full lines going to {@code lines}; even then no line starts
     * with closing or ends with opening punctuation where a shorter line avoids it.
     */
    private static List<String> place(Font font, String piece, double maxWidth, List<List<String>> lines) {
        List<String> line = new ArrayList<>();
        if (width(font, piece) <= maxWidth) {
            line.add(piece);
            return line;
        }
        List<String> clusters = Graphemes.split(piece);
        int start = 0;
        while (true) {
            int end = start + 1;
            while (end < clusters.size() && width(font, concat(clusters, start, end + 1)) <= maxWidth) {
                end++;
            }
            if (end == clusters.size()) {
                line.add(concat(clusters, start, end));
                return line;
            }
            int cut = end;
            while (cut > start + 1 && badBreak(clusters, cut)) {
                cut--;
            }
            if (badBreak(clusters, cut)) {
                cut = end;
            }
            lines.add(List.of(concat(clusters, start, cut)));
            start = cut;
        }
    }

    /** Whether breaking before cluster {@code at} breaks a kinsoku rule. */
    private static boolean badBreak(List<String> clusters, int at) {
        return isClosing(clusters.get(at)) || isOpening(clusters.get(at - 1));
    }

    private static String concat(List<String> clusters, int from, int to) {
        return String.join("", clusters.subList(from, to));
    }

    private static String withEllipsis(Font font, List<String> pieces, double maxWidth) {
        String ellipsis = ellipsis(font);
        List<String> kept = new ArrayList<>(pieces);
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            boolean dangling = last.isBlank() || isOpening(lastCluster(last));
            if (!dangling && width(font, join(kept) + ellipsis) <= maxWidth) {
                return join(kept) + ellipsis;
            }
            if (kept.size() == 1 && !dangling) {
                return cut(font, last, ellipsis, maxWidth); // one run alone: cut inside it, not leave it empty
            }
            kept.remove(kept.size() - 1);
        }
        return width(font, ellipsis) <= maxWidth ? ellipsis : "";
    }

    /** The longest prefix of whole clusters that fits with the ellipsis after it, not ending in opening punctuation. */
    private static String cut(Font font, String text, String ellipsis, double maxWidth) {
        List<String> clusters = Graphemes.split(text);
        int end = 0;
        while (end < clusters.size() && width(font, concat(clusters, 0, end + 1).stripTrailing() + ellipsis) <= maxWidth) {
            end++;
        }
        while (end > 0 && (isOpening(clusters.get(end - 1)) || clusters.get(end - 1).isBlank())) {
            end--;
        }
        String result = concat(clusters, 0, end) + ellipsis;
        return width(font, result) <= maxWidth ? result : "";
    }

    private static String ellipsis(Font font) {
        if (font.canDisplayUpTo(ELLIPSIS) == -1) {
            return ELLIPSIS;
        }
        return font.canDisplay('.') ? "..." : "";
    }

    private static String join(List<String> pieces) {
        return String.join("", pieces);
    }

    private enum Kind { TEXT, SPACE, BREAK }

    private record Piece(Kind kind, String text) {
    }

    /**
     * Cuts text into pieces that may not be broken: a CJK character, a Latin or digit run, an
     * emoji, each with its closing punctuation after it and its opening punctuation before it;
     * and the spaces and forced breaks between them.
     */
    private static List<Piece> pieces(String text) {
        List<String> clusters = Graphemes.split(text);
        List<Piece> pieces = new ArrayList<>();
        StringBuilder opening = new StringBuilder();
        int i = 0;
        while (i < clusters.size()) {
            String cluster = clusters.get(i);
            if (cluster.equals("\n")) {
                flushOpening(pieces, opening);
                pieces.add(new Piece(Kind.BREAK, "\n"));
                i++;
                continue;
            }
            if (isSpace(cluster) && opening.length() > 0) {
                opening.append(cluster); // "《 " still opens what follows
                i++;
                continue;
            }
            if (isSpace(cluster)) {
                pieces.add(new Piece(Kind.SPACE, cluster));
                i++;
                continue;
            }
            if (isOpening(cluster)) {
                opening.append(cluster);
                i++;
                continue;
            }
            if (isClosing(cluster) && opening.length() == 0 && glueClosing(pieces, cluster)) {
                i++;
                continue;
            }
            StringBuilder piece = new StringBuilder(opening).append(cluster);
            opening.setLength(0);
            i++;
            if (isWord(cluster)) {
                while (i < clusters.size()) {
                    String next = clusters.get(i);
                    if (isWord(next)) {
                        piece.append(next);
                        i++;
                    } else if (CONNECTORS.contains(next) && i + 1 < clusters.size() && isWord(clusters.get(i + 1))) {
                        piece.append(next).append(clusters.get(i + 1));
                        i += 2;
                    } else {
                        break;
                    }
                }
            }
            pieces.add(new Piece(Kind.TEXT, piece.toString()));
        }
        flushOpening(pieces, opening);
        return pieces;
    }

    /** Glues closing punctuation to the text before it, taking any spaces between along. */
    private static boolean glueClosing(List<Piece> pieces, String cluster) {
        int last = pieces.size() - 1;
        StringBuilder spaces = new StringBuilder();
        while (last >= 0 && pieces.get(last).kind == Kind.SPACE) {
            spaces.insert(0, pieces.get(last).text);
            last--;
        }
        if (last < 0 || pieces.get(last).kind != Kind.TEXT) {
            return false;
        }
        String glued = pieces.get(last).text + spaces + cluster;
        while (pieces.size() > last) {
            pieces.remove(pieces.size() - 1);
        }
        pieces.add(new Piece(Kind.TEXT, glued));
        return true;
    }

    private static void flushOpening(List<Piece> pieces, StringBuilder opening) {
        if (opening.length() > 0) {
            pieces.add(new Piece(Kind.TEXT, opening.toString()));
            opening.setLength(0);
        }
    }

    static boolean isClosing(String cluster) {
        return cluster.codePointCount(0, cluster.length()) >= 1 && CLOSING.indexOf(cluster.codePointAt(0)) >= 0;
    }

    static boolean isOpening(String cluster) {
        return OPENING.indexOf(cluster.codePointAt(0)) >= 0;
    }

    private static boolean isSpace(String cluster) {
        int cp = cluster.codePointAt(0);
        return Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** A letter or digit outside the CJK scripts: part of a run that stays whole. */
    static boolean isWord(String cluster) {
        int cp = cluster.codePointAt(0);
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.BOPOMOFO && script != Character.UnicodeScript.YI;
    }

    private static String lastCluster(String text) {
        List<String> clusters = Graphemes.split(text);
        return clusters.get(clusters.size() - 1);
    }

    private static String withoutVariationSelectors(String cluster) {
        StringBuilder out = new StringBuilder();
        cluster.codePoints().filter(cp -> !(cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
