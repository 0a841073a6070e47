package io.sharehub.export;

import io.sharehub.InvalidInputException;
import io.sharehub.ShareHubException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes a report as CSV that Excel, WPS and LibreOffice open right, Chinese included.
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark ({@code EF BB BF}), so Excel does not guess a local code page;
 *   <li>RFC 4180: fields separated by {@code ,}, records ended by CRLF (the last one too), a field
 *       quoted with {@code "} when it holds a {@code "}, a {@code ,}, a CR or an LF, and a
 *       {@code "} inside doubled;
 *   <li>a header record of the column headers, then one record per row;
 *   <li>text that {@linkplain ExportRules#looksLikeFormula looks like a formula} (starts with
 *       {@code = + - @}, a tab, a CR, or {@code ＝ ＋ － ＠}) gets a leading {@code '}, so a
 *       spreadsheet shows it and never runs it; headers obey the same rule;
 *   <li>integers as digits with a {@code -} when negative, decimals in plain notation
 *       ({@link BigDecimal#toPlainString()}, never {@code 1E+3}); numbers are never prefixed;
 *   <li>instants in the report's zone as {@code yyyy-MM-dd HH:mm:ss}, dates as
 *       {@code yyyy-MM-dd}, booleans as {@code TRUE} and {@code FALSE} (what Excel reads back as
 *       booleans);
 *   <li>{@code null}, in any column, as an empty field.
 * </ul>
 *
 * <p>Rows are written as the report pushes them, through a 64 KiB buffer: memory does not grow
 * with the number of rows. The stream is flushed at the end, never closed.
 *
 * <p>A writer is immutable and thread-safe; one writer may write several reports at once.
 *
 * <pre>{@code
 * ReportWriter csv = CsvReportWriter.builder().progress(rows -> bar.set(rows)).build();
 * csv.write(report, response.getOutputStream());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CsvReportWriter implements ReportWriter {
    /** The MIME type of what this writer writes: {@value}. */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    /** How many rows pass between two progress reports when the builder is not told: {@value}. */
    public static final int DEFAULT_PROGRESS_EVERY = 10_000;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter INSTANT_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
            Locale.ROOT);
    private static final int BUFFER_CHARS = 1 << 16;

    private final ExportProgress progress;
    private final int progressEvery;

    private CsvReportWriter(Builder builder) {
        this.progress = builder.progress;
        this.progressEvery = builder.progressEvery;
    }

    /** @return a writer that reports no progress */
    public static CsvReportWriter create() {
        return builder().build();
    }

    /** @return a builder for a writer with a progress callback */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the report as CSV.
     *
     * @param report the report
     * @param out where the bytes go; flushed, not closed
     * @throws InvalidInputException if the report has no title, zone or columns, or {@code out}
     *     is missing; nothing is written then
     * @throws ExportException if the stream fails, a row does not fit the columns, or the report
     *     fails with an exception that is not a {@link ShareHubException} (one that is passes
     *     unchanged); what was written up to then stays in the stream
     */
    @Override
    public void write(Report report, OutputStream out) {
        ExportRules.checkReport(report);
        if (out == null) {
            throw new InvalidInputException("out", "must be given", null);
        }
        Rows rows = new Rows(report, out, new ProgressCounter(progress, progressEvery));
        try {
            out.write(BOM);
            rows.header();
            report.forEachRow(rows);
            rows.finish();
        } catch (IOException e) {
            throw rows.failed(e);
        } catch (ShareHubException e) {
            throw e;
        } catch (RuntimeException e) {
            throw rows.failed(e);
        }
    }

    /** @return {@code csv} */
    @Override
    public String extension() {
        return "csv";
    }

    /** @return {@value #CONTENT_TYPE} */
    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    /** Writes the records of one report; one per {@link #write} call, so never shared. */
    private final class Rows implements Consumer<List<Object>> {
        private final Report report;
        private final List<Column> columns;
        private final Writer out;
        private final DateTimeFormatter instants;
        private final ProgressCounter counter;

        Rows(Report report, OutputStream out, ProgressCounter counter) {
            this.report = report;
            this.counter = counter;
            this.columns = List.copyOf(report.columns());
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
            this.instants = INSTANT_FORMAT.withZone(report.zone());
        }

        void header() throws IOException {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                text(columns.get(i).header());
            }
            out.write("\r\n");
        }

        @Override
        public void accept(List<Object> row) {
            ExportRules.checkRow(report, row, counter.rows() + 1);
            try {
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    cell(row.get(i));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw failed(e);
            }
            counter.rowWritten();
        }

        void finish() throws IOException {
            out.flush();
            counter.finish();
        }

        private void cell(Object value) throws IOException {
            if (value == null) {
                return;
            }
            if (value instanceof String text) {
                text(text);
            } else if (value instanceof Long number) {
                out.write(Long.toString(number));
            } else if (value instanceof BigDecimal decimal) {
                out.write(decimal.toPlainString());
            } else if (value instanceof Instant instant) {
                instants.formatTo(instant, out);
            } else if (value instanceof LocalDate date) {
                DateTimeFormatter.ISO_LOCAL_DATE.formatTo(date, out);
            } else if (value instanceof Boolean flag) {
                out.write(flag ? "TRUE" : "FALSE");
            }
        }

        private void text(String text) throws IOException {
            String shown = ExportRules.looksLikeFormula(text) ? "'" + text : text;
            if (!needsQuotes(shown)) {
                out.write(shown);
                return;
            }
            out.write('"');
            int from = 0;
            for (int i = 0; i < shown.length(); i++) {
                if (shown.charAt(i) == '"') {
                    out.write(shown, from, i + 1 - from);
                    out.write('"');
                    from = i + 1;
                }
            }
            out.write(shown, from, shown.length() - from);
            out.write('"');
        }

        private boolean needsQuotes(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == ',' || c == '\r' || c == '\n') {
                    return true;
                }
            }
            return false;
        }

        ExportException failed(Exception cause) {
            if (cause instanceof ExportException export) {
                return export;
            }
            return new ExportException("report \"" + report.title() + "\" could not be written as CSV after "
                    + counter.rows() + " data rows: " + cause, cause);
        }
    }

    /**
     * Configures a {@link CsvReportWriter}. Not thread-safe; the writer it builds is.
     */
    public static final class Builder {
        private ExportProgress progress = ExportProgress.NONE;
        private int progressEvery = DEFAULT_PROGRESS_EVERY;

        private Builder() {
        }

        /**
         * Hears how many data rows are written: every {@link #progressEvery(int)} rows and once
         * more at the end with the total (also 0 for an empty report). Called on the writing
         * thread; an exception it throws stops the export as an {@link ExportException}.
         *
         * @param listener the listener; default {@link ExportProgress#NONE}
         * @return this builder
         * @throws InvalidInputException if the listener is {@code null}
         */
        public Builder progress(ExportProgress listener) {
            this.progress = ProgressCounter.checkListener(listener);
            return this;
        }

        /**
         * @param rows how many data rows pass between two progress reports; 1 or more, default
         *     {@value CsvReportWriter#DEFAULT_PROGRESS_EVERY}
         * @return this builder
         * @throws InvalidInputException if {@code rows} is less than 1
         */
        public Builder progressEvery(int rows) {
            this.progressEvery = ProgressCounter.checkEvery(rows);
            return this;
        }

        /** @return the writer */
        public CsvReportWriter build() {
            return new CsvReportWriter(this);
        }
    }
}
