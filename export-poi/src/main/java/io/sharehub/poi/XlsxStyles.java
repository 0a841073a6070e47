package io.sharehub.poi;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, each made once, when first needed, and shared by every cell of
 * its format: Excel allows about 64,000 styles per file, so a style per cell would break large
 * exports. Cells that need no style (plain text, numbers, booleans) use the default one.
 */
final class XlsxStyles {
    static final String INSTANT_FORMAT = "yyyy-mm-dd hh:mm";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private final Workbook workbook;
    private final CellStyle plain;
    private Font bold;
    private CellStyle header;
    private CellStyle quotedHeader;
    private CellStyle quoted;
    private CellStyle instant;
    private CellStyle date;

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        this.plain = workbook.getCellStyleAt(0);
    }

    /**
     * The workbook's default style. Set on every cell that needs no other: a cell without a
     * style makes SXSSF look up its column's default style through XMLBeans as the row is
     * flushed, which cost a third of the export time.
     */
    CellStyle plain() {
        return plain;
    }

    /** Bold, for the header row. */
    CellStyle header() {
        if (header == null) {
            header = workbook.createCellStyle();
            header.setFont(bold());
        }
        return header;
    }

    /** Bold and quote-prefixed, for a header that looks like a formula. */
    CellStyle quotedHeader() {
        if (quotedHeader == null) {
            quotedHeader = workbook.createCellStyle();
            quotedHeader.setFont(bold());
            quotedHeader.setQuotePrefixed(true);
        }
        return quotedHeader;
    }

    /**
     * Quote-prefixed: Excel shows the text as it is and keeps it text when someone edits the
     * cell, instead of taking {@code =…} for a formula.
     */
    CellStyle quoted() {
        if (quoted == null) {
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
        return quoted;
    }

    /** A date-time number shown as {@value #INSTANT_FORMAT}. */
    CellStyle instant() {
        if (instant == null) {
            instant = formatted(INSTANT_FORMAT);
        }
        return instant;
    }

    /** A date number shown as {@value #DATE_FORMAT}. */
    CellStyle date() {
        if (date == null) {
            date = formatted(DATE_FORMAT);
        }
        return date;
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private Font bold() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }
}
