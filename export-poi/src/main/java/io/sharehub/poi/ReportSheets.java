package io.sharehub.poi;

import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.ExportRules;
import io.sharehub.export.ProgressCounter;
import io.sharehub.export.Report;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one report into a workbook: a sheet named after its title, continued on "(2)", "(3)" …
 * when it passes Excel's row limit, each with the frozen bold header. One instance per report and
 * export, used on one thread.
 */
final class ReportSheets implements Consumer<List<Object>> {
    /** Rows in one sheet, the header included. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Numbers Excel keeps exactly: it shows 15 significant digits. */
    static final long MAX_EXACT_INTEGER = 999_999_999_999_999L;
    /** Widths are measured up to this many character widths, then capped. */
    static final int MAX_WIDTH = 60;
    static final int MIN_WIDTH = 6;

    private static final DateTimeFormatter TEXT_INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
            Locale.ROOT);
    private static final int INSTANT_WIDTH = XlsxStyles.INSTANT_FORMAT.length();
    private static final int DATE_WIDTH = XlsxStyles.DATE_FORMAT.length();

    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final SheetNames names;
    private final Report report;
    private final List<Column> columns;
    private final ColumnType[] types;
    private final ZoneId zone;
    private final ProgressCounter counter;
    private final int[] widths;

    private SXSSFSheet sheet;
    private String firstSheetName;
    private int sheets;
    private int nextRow;
    private long written;

    ReportSheets(SXSSFWorkbook workbook, XlsxStyles styles, SheetNames names, Report report, ProgressCounter counter) {
        this.workbook = workbook;
        this.styles = styles;
        this.names = names;
        this.report = report;
        this.columns = List.copyOf(report.columns());
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
        this.zone = report.zone();
        this.counter = counter;
        this.widths = new int[columns.size()];
    }

    /** Writes the whole report. */
    void write() {
        startSheet();
        report.forEachRow(this);
        finishSheet();
    }

    @Override
    public void accept(List<Object> values) {
        ExportRules.checkRow(report, values, written + 1);
        if (nextRow == MAX_ROWS) {
            finishSheet();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < types.length; i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles.plain());
            if (value != null) {
                widen(i, fill(cell, types[i], value));
            }
        }
        written++;
        counter.rowWritten();
    }

    private void startSheet() {
        sheets++;
        String name = sheets == 1 ? names.next(report.title()) : names.continuation(firstSheetName, sheets);
        if (sheets == 1) {
            firstSheetName = name;
        }
        sheet = workbook.createSheet(name);
        sheet.createFreezePane(0, 1);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            String text = CellText.fit(columns.get(i).header());
            Cell cell = header.createCell(i);
            cell.setCellValue(text);
            cell.setCellStyle(ExportRules.looksLikeFormula(text) ? styles.quotedHeader() : styles.header());
            widths[i] = CellText.width(text, MAX_WIDTH) + 1; // bold is a little wider
        }
        nextRow = 1;
    }

    /** Sets the column widths of the sheet just filled; SXSSF writes them with the workbook. */
    private void finishSheet() {
        for (int i = 0; i < widths.length; i++) {
            int characters = Math.min(Math.max(widths[i], MIN_WIDTH) + 2, MAX_WIDTH);
            sheet.setColumnWidth(i, characters * 256);
        }
    }

    /** Puts the value in the cell and returns how wide it shows, in character widths. */
    private int fill(Cell cell, ColumnType type, Object value) {
        switch (type) {
            case TEXT:
                return text(cell, (String) value);
            case INTEGER: {
                long number = (Long) value;
                if (Math.abs(number) > MAX_EXACT_INTEGER || number == Long.MIN_VALUE) {
                    return text(cell, Long.toString(number));
                }
                cell.setCellValue(number);
                return Long.toString(number).length();
            }
            case DECIMAL: {
                BigDecimal decimal = (BigDecimal) value;
                double number = decimal.doubleValue();
                if (decimal.stripTrailingZeros().precision() > 15 || !Double.isFinite(number)
                        || number == 0 && decimal.signum() != 0) {
                    return text(cell, decimal.toPlainString());
                }
                cell.setCellValue(number);
                return decimal.toPlainString().length();
            }
            case INSTANT: {
                LocalDateTime local = LocalDateTime.ofInstant((Instant) value, zone);
                if (!excelYear(local.getYear())) {
                    return text(cell, TEXT_INSTANT.format(local));
                }
                cell.setCellValue(local);
                cell.setCellStyle(styles.instant());
                return INSTANT_WIDTH;
            }
            case DATE: {
                LocalDate date = (LocalDate) value;
                if (!excelYear(date.getYear())) {
                    return text(cell, date.toString());
                }
                cell.setCellValue(date);
                cell.setCellStyle(styles.date());
                return DATE_WIDTH;
            }
            case BOOLEAN: {
                boolean flag = (Boolean) value;
                cell.setCellValue(flag);
                return flag ? 4 : 5;
            }
            default:
                throw new IllegalStateException("unknown column type " + type);
        }
    }

    private int text(Cell cell, String value) {
        String text = CellText.fit(value);
        cell.setCellValue(text);
        if (ExportRules.looksLikeFormula(text)) {
            cell.setCellStyle(styles.quoted());
        }
        return CellText.width(text, MAX_WIDTH);
    }

    private void widen(int column, int width) {
        if (width > widths[column]) {
            widths[column] = width;
        }
    }

    /** Excel's dates run from 1900 to 9999; others are written as text. */
    private static boolean excelYear(int year) {
        return year >= 1900 && year <= 9999;
    }
}
