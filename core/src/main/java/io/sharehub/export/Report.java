package io.sharehub.export;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list an administrator sees, ready to export: a title, a zone, typed columns, and rows pushed
 * one at a time so that no report is ever held whole in memory.
 *
 * <p>Each row is a list with one value per column, of the Java type its {@link ColumnType} names,
 * or {@code null} for an empty cell. Personal columns arrive already masked or not, as the report
 * was made.
 *
 * <p>Writers check each row as it arrives and stop with an {@link ExportException} naming the
 * row and column when one does not fit. Reports made for anyone but an ADMIN who asked for
 * unmasked data pass through {@link Masking#masked(Report)}.
 *
 * <p>{@link #forEachRow} may be called more than once and gives the same rows each time only if
 * nothing was recorded in between.
 */
public interface Report {

    /**
     * @return the report's title; in a workbook also the name of its first sheet, made valid and
     *     unique there
     */
    String title();

    /** @return the zone instants are shown in */
    ZoneId zone();

    /** @return the columns, in order */
    List<Column> columns();

    /**
     * Pushes every row, in order, to the action.
     *
     * @param action receives each row; its exception stops the report and is rethrown
     */
    void forEachRow(Consumer<? super List<Object>> action);

    /**
     * A report over rows the caller already has, for small lists and tests.
     *
     * @param title the title
     * @param zone the zone instants are shown in
     * @param columns the columns
     * @param rows the rows, each checked against the columns as it is pushed (a row that does not
     *     fit stops {@link #forEachRow} with an {@link ExportException}, as in writers)
     * @return the report
     * @throws io.sharehub.InvalidInputException if the title is blank or over 500 characters, or
     *     the zone, columns or rows are missing
     */
    static Report of(String title, ZoneId zone, List<Column> columns, Iterable<? extends List<?>> rows) {
        return new Reports.Listed(title, zone, columns, rows);
    }
}
