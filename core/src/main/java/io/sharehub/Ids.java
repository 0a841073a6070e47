package io.sharehub;

import java.util.Comparator;

/**
 * How ShareHub compares and orders the opaque ids a host gives it: people, materials, categories,
 * campaigns, units.
 *
 * <p>Ids are compared exactly: case matters and trailing spaces matter, so {@code "U1"},
 * {@code "u1"} and {@code "U1 "} are three people. Wherever ids break a tie they are ordered by
 * Unicode code point, in every store; {@link String#compareTo} orders by UTF-16 unit and differs
 * for characters above U+FFFF, so use {@link #ORDER}.
 */
public final class Ids {
    /** Orders ids by Unicode code point, the order every ShareHub list uses for ties. */
    public static final Comparator<String> ORDER = Ids::compare;

    /** The longest id, in code points, that ShareHub accepts. */
    public static final int MAX_LENGTH = 128;

    private Ids() {
    }

    /**
     * Compares two ids by Unicode code point.
     *
     * @param a an id
     * @param b an id
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // A surrogate (U+D800..U+DFFF) stands for a code point above U+FFFF, which sorts
                // after every BMP character, including U+E000..U+FFFF that UTF-16 order puts
                // after it.
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
