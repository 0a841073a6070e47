package io.sharehub.internal;

import io.sharehub.Ids;
import io.sharehub.InvalidInputException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Input checks shared by every API. Each throws {@link InvalidInputException} naming the field,
 * the rule and the value. Lengths are counted in code points, as PostgreSQL and MySQL count
 * characters, so an emoji is one.
 */
public final class Check {
    private Check() {
    }

    /** Checks an opaque id: present, not blank, at most {@link Ids#MAX_LENGTH} code points. */
    public static String id(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, "must be given", null);
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank", value);
        }
        return maxLength(field, value, Ids.MAX_LENGTH);
    }

    /** Checks text that must be present and not blank, and at most {@code max} code points. */
    public static String text(String field, String value, int max) {
        if (value == null) {
            throw new InvalidInputException(field, "must be given", null);
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank", value);
        }
        return maxLength(field, value, max);
    }

    /** Checks optional text: {@code null} stays {@code null}; otherwise at most {@code max}. */
    public static String optionalText(String field, String value, int max) {
        return value == null ? null : maxLength(field, value, max);
    }

    /** Checks that text holds at most {@code max} code points. */
    public static String maxLength(String field, String value, int max) {
        if (value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters long", value);
        }
        return value;
    }

    /** Checks that a value is present. */
    public static <T> T given(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "must be given", null);
        }
        return value;
    }

    /** Checks a collection's size. */
    public static <C extends Collection<?>> C maxSize(String field, C values, int max) {
        if (values.size() > max) {
            throw new InvalidInputException(field, "must hold at most " + max + " entries", values.size() + " entries");
        }
        return values;
    }

    /** Checks a map's size. */
    public static <M extends Map<?, ?>> M maxSize(String field, M values, int max) {
        if (values.size() > max) {
            throw new InvalidInputException(field, "must hold at most " + max + " entries", values.size() + " entries");
        }
        return values;
    }

    /** Checks that a number is zero or more. */
    public static long notNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, "must be 0 or more", value);
        }
        return value;
    }

    /** Checks that a number is one or more. */
    public static long positive(String field, long value) {
        if (value < 1) {
            throw new InvalidInputException(field, "must be 1 or more", value);
        }
        return value;
    }

    /**
     * Checks that an event instant is not more than the allowed skew after the hub's clock.
     */
    public static Instant notInFuture(String field, Instant value, Instant now) {
        if (value.isAfter(now.plus(Time.MAX_CLOCK_SKEW))) {
            throw new InvalidInputException(field,
                    "must not be more than 5 minutes after the hub's clock (" + now + ")", value);
        }
        return value;
    }
}
