package io.sharehub.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The type of a report column, which decides the Java type of its values and how writers render
 * them. {@code null} is an empty cell in every type.
 */
public enum ColumnType {
    /** Values are {@link String}. */
    TEXT(String.class),
    /** Values are {@link Long}. */
    INTEGER(Long.class),
    /** Values are {@link BigDecimal}. */
    DECIMAL(BigDecimal.class),
    /** Values are {@link Instant}, shown in the report's zone. */
    INSTANT(Instant.class),
    /** Values are {@link LocalDate}. */
    DATE(LocalDate.class),
    /** Values are {@link Boolean}. */
    BOOLEAN(Boolean.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /**
     * @return the Java type of this column's values
     * @since 0.1.0
     */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * @param value a cell value
     * @return whether the value fits this type ({@code null} always fits: an empty cell)
     */
    public boolean accepts(Object value) {
        return value == null || javaType.isInstance(value);
    }
}
