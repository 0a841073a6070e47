package io.sharehub.export;

import io.sharehub.Incubating;
import io.sharehub.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * The rules every {@link ReportWriter} applies, kept in one place so that CSV and XLSX agree on
 * what looks like a formula and on what a well-formed report and row are. Hosts rarely need this
 * class; it is for writing another format.
 *
 * <p>All methods are static and thread-safe.
 */
@Incubating
public final class ExportRules {
    private ExportRules() {
    }

    /**
     * Whether a spreadsheet program could take this text for a formula or a command when it
     * opens the file: text whose first character is {@code =}, {@code +}, {@code -}, {@code @},
     * a tab, a carriage return, or one of the full-width forms {@code ＝ ＋ － ＠} (which Excel
     * turns into their ASCII forms as it reads input). CSV writers put a {@code '} before such
     * text; XLSX writers store it as text with the quote-prefix style.
     *
     * <p>Only text cells are judged: numbers, instants, dates and booleans are never formulas, so
     * an integer −5 is written as {@code -5}.
     *
     * @param text a text cell's value, or {@code null}
     * @return {@code true} when the text starts with one of the characters above
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> true;
            default -> false;
        };
    }

    /**
     * Checks what a writer needs before it writes the first byte: a title, a zone and columns.
     *
     * @param report the report about to be written
     * @throws InvalidInputException naming {@code report}, {@code report.title},
     *     {@code report.zone} or {@code report.columns} when one is missing or the title blank
     */
    public static void checkReport(Report report) {
        if (report == null) {
            throw new InvalidInputException("report", "must be given", null);
        }
        String title = report.title();
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("report.title", title == null ? "must be given" : "must not be blank",
                    title);
        }
        if (report.zone() == null) {
            throw new InvalidInputException("report.zone", "must be given", null);
        }
        List<Column> columns = report.columns();
        if (columns == null || columns.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("report.columns", "must be given, without null entries", columns);
        }
    }

    /**
     * Checks one row against the report's columns: one value per column, each {@code null} or of
     * the Java type its {@link ColumnType} names.
     *
     * @param report the report the row belongs to
     * @param row the row as the report pushed it
     * @param rowNumber the 1-based number of the data row (the header not counted), for the message
     * @throws ExportException naming the report, the row number and the column, whose cause is an
     *     {@link InvalidInputException} with the field {@code row} or {@code row.<column key>}
     */
    public static void checkRow(Report report, List<?> row, long rowNumber) {
        List<Column> columns = report.columns();
        InvalidInputException problem = null;
        if (row == null) {
            problem = new InvalidInputException("row", "must be given", null);
        } else if (row.size() != columns.size()) {
            problem = new InvalidInputException("row", "must have one value per column (" + columns.size() + ")",
                    row.size() + " values");
        } else {
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Object value = row.get(i);
                if (!column.type().accepts(value)) {
                    problem = new InvalidInputException("row." + column.key(), "must be a " + column.type() + " value ("
                            + column.type().javaType().getSimpleName() + ")",
                            value.getClass().getSimpleName() + " " + value);
                    break;
                }
            }
        }
        if (problem != null) {
            throw new ExportException("report \"" + report.title() + "\", data row " + rowNumber + ": "
                    + problem.getMessage(), problem);
        }
    }
}
