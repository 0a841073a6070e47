package io.sharehub;

import java.util.Objects;

/**
 * Input broke a documented rule: a blank id, a range that ends before it starts, a string over
 * its limit, a rule of more than three levels. Thrown before anything is written.
 *
 * <p>The message reads {@code <field> <rule>, but was <value>}, for example
 * {@code title must not be blank, but was "  "}.
 */
public class InvalidInputException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * @param field the name of the offending field or parameter, as in the API
     * @param rule what the field must satisfy, phrased to follow the field name
     * @param value the offending value, shown quoted when it is text
     */
    public InvalidInputException(String field, String rule, Object value) {
        super(field + " " + rule + ", but was " + show(value));
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * @return the name of the offending field or parameter, as it appears in the API
     */
    public String field() {
        return field;
    }

    /**
     * @return the rule the field broke, for example {@code "must not be blank"}
     */
    public String rule() {
        return rule;
    }

    private static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            String s = text.toString();
            if (s.codePointCount(0, s.length()) > 80) {
                int end = s.offsetByCodePoints(0, 80);
                return '"' + s.substring(0, end) + "\"… (" + s.codePointCount(0, s.length()) + " characters)";
            }
            return '"' + s + '"';
        }
        return String.valueOf(value);
    }
}
