package io.sharehub.jpa.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conversions between Java values and what the databases hold. Drivers hand back numbers as
 * {@code Long}, {@code Integer}, {@code BigDecimal} or {@code BigInteger} depending on database
 * and aggregate, and booleans as {@code Boolean} or numbers, so every read goes through here.
 *
 * <p>Instants are stored as {@code DECIMAL(27,9)} epoch seconds: exact to the nanosecond for every
 * {@link Instant}, ordered and compared by value, and free of the JDBC time-zone conversions that
 * {@code TIMESTAMP} columns bring.
 */
public final class Values {
    /** How many values one IN list holds at most; longer lists are split. */
    public static final int CHUNK = 500;

    private Values() {
    }

    /** @return the instant as epoch seconds with nine decimals, or {@code null} */
    public static BigDecimal decimal(Instant instant) {
        if (instant == null) {
            return null;
        }
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                .setScale(9, RoundingMode.UNNECESSARY);
    }

    /** @return the instant of a stored decimal, or {@code null} */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        BigDecimal seconds = decimal.setScale(0, RoundingMode.FLOOR);
        int nanos = decimal.subtract(seconds).movePointRight(9).setScale(0, RoundingMode.UNNECESSARY).intValueExact();
        return Instant.ofEpochSecond(seconds.longValueExact(), nanos);
    }

    /** @return a number as a long; {@code null} is 0 */
    public static long toLong(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number) {
            return value instanceof BigDecimal d ? d.longValueExact() : number.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Long.parseLong(value.toString());
    }

    /** @return a number as a double; {@code null} is 0 */
    public static double toDouble(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    /** @return a boolean column, whether the driver gives a boolean or a number */
    public static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return toLong(value) != 0;
    }

    /** @return text, also when a driver hands a large text column back as a {@link Clob} */
    public static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("could not read a text column", e);
            }
        }
        return value.toString();
    }

    /** @return the values split into lists of at most {@link #CHUNK} */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        return chunks(values, CHUNK);
    }

    /** @return the values split into lists of at most {@code size} */
    public static <T> List<List<T>> chunks(Collection<T> values, int size) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>(Math.min(size, values.size()));
        for (T value : values) {
            if (current.size() == size) {
                chunks.add(current);
                current = new ArrayList<>(size);
            }
            current.add(value);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
