package io.sharehub.export;

/**
 * The type of a report column, which decides the Java type of its values and how writers render
 * them.
 */
public enum ColumnType {
    /** Values are {@link String}. */
    TEXT,
    /** Values are {@link Long}. */
    INTEGER,
    /** Values are {@link java.math.BigDecimal}. */
    DECIMAL,
    /** Values are {@link java.time.Instant}, shown in the report's zone. */
    INSTANT,
    /** Values are {@link java.time.LocalDate}. */
    DATE,
    /** Values are {@link Boolean}. */
    BOOLEAN;

    /**
     * @param value a cell value
     * @return whether the value fits this type ({@code null} always fits: an empty cell)
     */
    public boolean accepts(Object value) {
        return value == null || switch (this) {
            case TEXT -> value instanceof String;
            case INTEGER -> value instanceof Long;
            case DECIMAL -> value instanceof java.math.BigDecimal;
            case INSTANT -> value instanceof java.time.Instant;
            case DATE -> value instanceof java.time.LocalDate;
            case BOOLEAN -> value instanceof Boolean;
        };
    }
}
