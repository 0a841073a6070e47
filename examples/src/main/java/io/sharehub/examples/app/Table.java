package io.sharehub.examples.app;

import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.Report;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A report shown as an HTML table: the same {@link Report} the page's export buttons write as XLSX
 * or CSV, so what a person sees and what they download always agree. At most {@link #MAX_ROWS} rows
 * are shown; the export has them all.
 *
 * @param title the report's title
 * @param headers the column headers
 * @param keys the column keys
 * @param numeric which columns are numbers (right-aligned)
 * @param rows the rows shown
 * @param more whether rows were left out
 */
public record Table(String title, List<String> headers, List<String> keys, List<Boolean> numeric, List<Row> rows,
        boolean more) {
    /** The most rows a page shows. */
    public static final int MAX_ROWS = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A row: its cells, and an optional action button.
     *
     * @param cells the cells
     * @param action a button's form target, or null
     * @param actionLabel the button's label
     */
    public record Row(List<Cell> cells, String action, String actionLabel) {
    }

    /**
     * A cell.
     *
     * @param text what is shown
     * @param href a link, or null
     */
    public record Cell(String text, String href) {
    }

    /** How a page turns some columns into links and adds a button to some rows. */
    public static final class Links {
        private final Map<String, Function<List<Object>, String>> links = new LinkedHashMap<>();
        private Function<List<Object>, String> action = row -> null;
        private String actionLabel = "";

        /**
         * @param key a column key
         * @param href the link of a row's cell in that column
         * @return this
         */
        public Links link(String key, Function<List<Object>, String> href) {
            links.put(key, href);
            return this;
        }

        /**
         * @param label the button's label
         * @param target the form target of a row, or null for no button
         * @return this
         */
        public Links action(String label, Function<List<Object>, String> target) {
            this.actionLabel = label;
            this.action = target;
            return this;
        }
    }

    /**
     * @param report the report
     * @return its table, without links
     */
    public static Table of(Report report) {
        return of(report, new Links());
    }

    /**
     * @param report the report
     * @param links links and buttons
     * @return its table
     */
    public static Table of(Report report, Links links) {
        List<Column> columns = report.columns();
        List<Row> rows = new ArrayList<>();
        boolean[] more = {false};
        report.forEachRow(values -> {
            if (rows.size() >= MAX_ROWS) {
                more[0] = true;
                return;
            }
            List<Cell> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Function<List<Object>, String> link = links.links.get(columns.get(i).key());
                cells.add(new Cell(text(values.get(i), report.zone()), link == null ? null : link.apply(values)));
            }
            rows.add(new Row(cells, links.action.apply(values), links.actionLabel));
        });
        return new Table(report.title(), columns.stream().map(Column::header).toList(),
                columns.stream().map(Column::key).toList(),
                columns.stream().map(c -> c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL).toList(),
                rows, more[0]);
    }

    /**
     * @param key a column key
     * @return its index, or -1
     */
    public int indexOf(String key) {
        return keys.indexOf(key);
    }

    static String text(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return WHEN.format(instant.atZone(zone));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
