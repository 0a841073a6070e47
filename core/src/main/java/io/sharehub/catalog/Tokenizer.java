package io.sharehub.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search bar's tokenizer, the same for every store so that every store finds the same
 * materials.
 *
 * <p>Text is NFKC-normalised and lower-cased ({@link Locale#ROOT}), so full-width
 * {@code ＢＰ２０４３} reads like {@code bp2043}. Each code point is then Han (CJK unified
 * ideographs U+4E00–U+9FFF, extension A U+3400–U+4DBF, compatibility ideographs U+F900–U+FAFF),
 * a digit, another letter, or a separator (everything else). Runs of one class form tokens:
 *
 * <ul>
 *   <li>a Han run is indexed as every single character and every overlapping bigram
 *       ({@code 刹车片} gives 刹, 车, 片, 刹车, 车片);</li>
 *   <li>a run of other letters and a run of digits are each one whole token ({@code iPhone15}
 *       gives {@code iphone} and {@code 15}; {@code BP-2043} gives {@code bp} and {@code 2043}).</li>
 * </ul>
 *
 * <p>A query is split into terms at white space. A term's tokens are made the same way, except
 * that a Han run of two or more characters gives only its bigrams (a one-character run gives the
 * character). A term with no tokens, such as {@code -}, is dropped. Prefix matching is not
 * offered: {@code iph} does not find {@code iPhone}.
 *
 * <p>Thread-safe and stateless.
 */
public final class Tokenizer {
    private static final int SEPARATOR = 0;
    private static final int HAN = 1;
    private static final int DIGIT = 2;
    private static final int LETTER = 3;

    private Tokenizer() {
    }

    /**
     * @param text any text
     * @return the text NFKC-normalised and lower-cased with {@link Locale#ROOT}
     */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The tokens a material's text is indexed under.
     *
     * @param text a title, tag, summary or attribute value
     * @return its index tokens, in first-seen order
     */
    public static Set<String> indexTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        addTokens(normalize(text), false, tokens);
        return tokens;
    }

    /**
     * The index tokens of several texts together, each tokenized on its own (as if separated by
     * a space).
     *
     * @param texts texts such as all of a material's tags
     * @return the union of their index tokens
     */
    public static Set<String> indexTokens(Collection<String> texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String text : texts) {
            addTokens(normalize(text), false, tokens);
        }
        return tokens;
    }

    /**
     * Splits a query into terms and each term into its tokens; terms with no tokens are dropped.
     *
     * @param query what the person typed
     * @return one token set per remaining term, in query order; empty for a query with no tokens
     */
    public static List<Set<String>> queryTerms(String query) {
        String normalized = normalize(query);
        List<Set<String>> terms = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); ) {
            int cp = i < normalized.length() ? normalized.codePointAt(i) : ' ';
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                Set<String> tokens = new LinkedHashSet<>();
                addTokens(normalized.substring(start, i), true, tokens);
                if (!tokens.isEmpty()) {
                    terms.add(tokens);
                }
                start = -1;
            }
            i += i < normalized.length() ? Character.charCount(cp) : 1;
        }
        return terms;
    }

    /**
     * @param tag a tag as given
     * @return the key tags are compared by in filters: NFKC-normalised and lower-cased
     */
    public static String tagKey(String tag) {
        return normalize(tag);
    }

    private static void addTokens(String normalized, boolean query, Set<String> out) {
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            int cp = normalized.codePointAt(i);
            int kind = classify(cp);
            if (kind == SEPARATOR) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int count = 0;
            while (i < n) {
                int c = normalized.codePointAt(i);
                if (classify(c) != kind) {
                    break;
                }
                i += Character.charCount(c);
                count++;
            }
            String run = normalized.substring(start, i);
            if (kind == HAN) {
                addHan(run, count, query, out);
            } else {
                out.add(run);
            }
        }
    }

    private static void addHan(String run, int count, boolean query, Set<String> out) {
        // Every Han character in the three blocks is a single UTF-16 unit.
        if (!query || count == 1) {
            for (int k = 0; k < run.length(); k++) {
                out.add(run.substring(k, k + 1));
            }
        }
        for (int k = 0; k + 1 < run.length(); k++) {
            out.add(run.substring(k, k + 2));
        }
    }

    private static int classify(int cp) {
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)) {
            return HAN;
        }
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        if (Character.isLetter(cp)) {
            return LETTER;
        }
        return SEPARATOR;
    }
}
