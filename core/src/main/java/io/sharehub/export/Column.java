package io.sharehub.export;

import io.sharehub.InvalidInputException;
import io.sharehub.internal.Check;

/**
 * One typed column of a report.
 *
 * @param key a stable machine name, for example {@code views}
 * @param header the header shown to people, for example {@code 浏览量}
 * @param type the type of the column's values
 * @param personal whether the values are personal data (a phone number, a name) that is masked
 *     unless an administrator asks for it unmasked (see {@link Masking}); only text columns can be
 *     personal
 */
public record Column(String key, String header, ColumnType type, boolean personal) {
    /**
     * @throws InvalidInputException if the key or header is blank, the type missing, or a
     *     personal column is not {@link ColumnType#TEXT}
     */
    public Column {
        Check.id("column.key", key);
        Check.text("column.header", header, 200);
        Check.given("column.type", type);
        if (personal && type != ColumnType.TEXT) {
            throw new InvalidInputException("column.personal",
                    "may be true on TEXT columns only (masking turns values into text)", "true on " + type + " column " + key);
        }
    }

    /**
     * @param key the machine name
     * @param header the header shown to people
     * @param type the value type
     * @return a column that holds no personal data
     */
    public static Column of(String key, String header, ColumnType type) {
        return new Column(key, header, type, false);
    }

    /**
     * @param key the machine name
     * @param header the header shown to people
     * @return a personal text column, masked unless an administrator asks otherwise
     */
    public static Column personal(String key, String header) {
        return new Column(key, header, ColumnType.TEXT, true);
    }
}
