package io.sharehub.poi;

import java.util.HashSet;
import java.util.Set;

/**
 * Turns report titles (campaign names, list names) into sheet names Excel accepts, distinct
 * within one workbook.
 *
 * <p>{@link #valid(String)} applies Excel's rules:
 * <ul>
 *   <li>each of {@code : \ / ? * [ ]}, each control character and each unpaired surrogate
 *       becomes {@code _};
 *   <li>apostrophes and white space at either end are removed (a name may not start or end with
 *       {@code '});
 *   <li>the name is cut to {@value #MAX_LENGTH} UTF-16 units, never inside a surrogate pair;
 *   <li>an empty result becomes {@code Sheet}, and {@code History} (any case), which Excel
 *       reserves, becomes {@code History_}.
 * </ul>
 *
 * <p>{@link #next(String)} then makes the name unique ignoring case, as Excel compares them: the
 * second {@code Q1} or {@code q1} becomes {@code q1(2)}, the third {@code q1(3)}, the base cut
 * so that the suffix fits. So {@code "2024/11 双十一:预热[第一波]*?"}, {@code "History"},
 * {@code "'内部'"}, {@code "Q1"} and {@code "q1"} become {@code "2024_11 双十一_预热_第一波___"},
 * {@code "History_"}, {@code "内部"}, {@code "Q1"} and {@code "q1(2)"}.
 *
 * <p>An instance remembers the names it gave out, for one workbook; it is not thread-safe.
 * {@link #valid(String)} is static and thread-safe.
 *
 * @since 0.1.0
 */
public final class SheetNames {
    /** The longest sheet name Excel accepts, in UTF-16 units. */
    public static final int MAX_LENGTH = 31;

    private static final String FALLBACK = "Sheet";
    private static final String RESERVED = "history";

    private final Set<String> taken = new HashSet<>();

    private SheetNames() {
    }

    /** @return a fresh set of names, for one workbook */
    public static SheetNames create() {
        return new SheetNames();
    }

    /**
     * @param wanted a title, or {@code null}
     * @return the title made a valid sheet name by the rules above (not necessarily unique)
     */
    public static String valid(String wanted) {
        if (wanted == null) {
            return FALLBACK;
        }
        StringBuilder name = new StringBuilder(wanted.length());
        for (int i = 0; i < wanted.length(); i++) {
            char c = wanted.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < wanted.length() && Character.isLowSurrogate(wanted.charAt(i + 1))) {
                name.append(c).append(wanted.charAt(++i));
            } else if (forbidden(c)) {
                name.append('_');
            } else {
                name.append(c);
            }
        }
        String result = trim(name.toString());
        if (result.length() > MAX_LENGTH) {
            result = trim(cut(result, MAX_LENGTH));
        }
        if (result.isEmpty()) {
            return FALLBACK;
        }
        return result.equalsIgnoreCase(RESERVED) ? result + "_" : result;
    }

    /**
     * Gives out a valid name that no earlier name of this instance equals, ignoring case.
     *
     * @param wanted a title, or {@code null}
     * @return the name to give the sheet
     */
    public String next(String wanted) {
        String base = valid(wanted);
        if (take(base)) {
            return base;
        }
        return numbered(base, 2);
    }

    /**
     * The name of the {@code number}-th sheet of a report whose first sheet is {@code first}:
     * {@code first(2)}, {@code first(3)} …, made unique like {@link #next(String)}.
     */
    String continuation(String first, int number) {
        return numbered(first, number);
    }

    private String numbered(String base, int from) {
        for (int number = from; ; number++) {
            String suffix = "(" + number + ")";
            String candidate = cut(base, MAX_LENGTH - suffix.length()) + suffix;
            if (take(candidate)) {
                return candidate;
            }
        }
    }

    private boolean take(String name) {
        return taken.add(caseless(name));
    }

    /** Folds case per code point, as {@link String#equalsIgnoreCase} compares. */
    private static String caseless(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return folded.toString();
    }

    private static boolean forbidden(char c) {
        return switch (c) {
            case ':', '\\', '/', '?', '*', '[', ']', '\uFFFE', '\uFFFF' -> true;
            default -> Character.isISOControl(c) || Character.isSurrogate(c);
        };
    }

    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '\'' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '\'' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    /** Cuts to at most {@code max} UTF-16 units without splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }
}
