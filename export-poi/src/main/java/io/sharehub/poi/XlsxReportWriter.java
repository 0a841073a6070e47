package io.sharehub.poi;

import io.sharehub.InvalidInputException;
import io.sharehub.ShareHubException;
import io.sharehub.export.ExportException;
import io.sharehub.export.ExportProgress;
import io.sharehub.export.ExportRules;
import io.sharehub.export.ProgressCounter;
import io.sharehub.export.Report;
import io.sharehub.export.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes reports as Excel workbooks ({@code .xlsx}) with Apache POI's streaming SXSSF API:
 * only a window of rows is in memory, the rest waits in temporary files until the workbook is
 * zipped into the output stream.
 *
 * <p>What the file holds:
 * <ul>
 *   <li>one sheet per report, named after its title by {@link SheetNames} (valid for Excel,
 *       unique ignoring case); the header row is bold and frozen;
 *   <li>text as string cells, never formulas; text that
 *       {@linkplain ExportRules#looksLikeFormula looks like a formula} ({@code = + - @}, tab, CR,
 *       {@code ＝ ＋ － ＠}) gets the quote-prefix style, so it reads back exactly and Excel keeps it
 *       text even when someone edits the cell; text over 32,767 characters (Excel's limit) is cut
 *       to 32,767 ending with "…", never inside a surrogate pair;
 *   <li>integers and decimals as numbers (−5 is the number −5), except those Excel cannot hold
 *       exactly (more than 15 significant digits, such as 64-bit ids), which are written as text;
 *   <li>instants as date numbers in the report's zone shown {@code yyyy-mm-dd hh:mm}, dates as
 *       date numbers shown {@code yyyy-mm-dd}, booleans as booleans; instants and dates outside
 *       the years 1900 to 9999, which Excel cannot show, as ISO text;
 *   <li>{@code null} as a blank cell;
 *   <li>one cell style per format for the whole workbook, never one per cell;
 *   <li>column widths from the widest value of each column (header included), wide CJK and
 *       full-width characters counting double, at most 60 characters, without font metrics;
 *   <li>when a report passes Excel's 1,048,576 rows per sheet (header included), the rest goes on
 *       a sheet named like the first plus {@code (2)}, then {@code (3)} …, each with the header.
 * </ul>
 *
 * <p><b>Temporary files.</b> Each export makes its own folder (owner-only on POSIX systems) inside
 * the {@linkplain Builder#tempFolder(Path) temp folder}, and deletes it when the export ends,
 * whether it succeeds, the report fails or the stream fails; the SXSSF workbook is closed (which
 * disposes of its files) first. POI's JVM-wide temp-file strategy is never changed: the writer
 * installs its folder as POI's per-thread strategy for the length of the export and restores the
 * previous one after, so other POI users in the JVM are unaffected.
 *
 * <p><b>Exact text.</b> Text reads back as it was given: control characters, which XML cannot
 * hold, and literal {@code _xHHHH_} sequences, which spreadsheet readers decode, are stored
 * escaped. Only unpaired surrogates, which are not text, become {@code ?}.
 *
 * <p>A writer is immutable and thread-safe; one writer may write several exports at once, each on
 * its own thread.
 *
 * @since 0.1.0
 */
public final class XlsxReportWriter implements ReportWriter {
    /** The MIME type of what this writer writes: {@value}. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows SXSSF keeps in memory per sheet when the builder is not told: {@value}. */
    public static final int DEFAULT_ROW_ACCESS_WINDOW = 100;

    /** The largest row-access window the builder accepts: {@value}. */
    public static final int MAX_ROW_ACCESS_WINDOW = 100_000;

    /** How many rows pass between two progress reports when the builder is not told: {@value}. */
    public static final int DEFAULT_PROGRESS_EVERY = 10_000;

    /** The most columns a sheet can have: {@value}. */
    public static final int MAX_COLUMNS = 16_384;

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReportWriter.class);

    private final Path tempFolder;
    private final int rowAccessWindow;
    private final boolean compressTempFiles;
    private final ExportProgress progress;
    private final int progressEvery;

    private XlsxReportWriter(Builder builder) {
        this.tempFolder = builder.tempFolder;
        this.rowAccessWindow = builder.rowAccessWindow;
        this.compressTempFiles = builder.compressTempFiles;
        this.progress = builder.progress;
        this.progressEvery = builder.progressEvery;
    }

    /** @return a writer with the defaults: the system temp folder, a window of 100 rows, no progress */
    public static XlsxReportWriter create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes one report as a workbook (one sheet, more past Excel's row limit).
     *
     * @param report the report
     * @param out where the bytes go; flushed, not closed
     * @throws InvalidInputException if the report has no title, zone or columns, more than
     *     {@value #MAX_COLUMNS} columns, or {@code out} is missing; nothing is written then
     * @throws ExportException if POI, the temp folder or the stream fails, a row does not fit the
     *     columns, or the report fails with an exception that is not a {@link ShareHubException}
     *     (one that is passes unchanged); temporary files are removed in every case
     */
    @Override
    public void write(Report report, OutputStream out) {
        writeAll(List.of(checked(report)), out);
    }

    /**
     * Writes several reports as the sheets of one workbook, in order, for example the leaderboard
     * of every campaign. Sheet names follow the titles, made valid and unique ignoring case by
     * {@link SheetNames} (campaigns "Q1" and "q1" give sheets {@code Q1} and {@code q1(2)}).
     * Progress counts the rows of all reports together.
     *
     * @param reports the reports, at least one
     * @param out where the bytes go; flushed, not closed
     * @throws InvalidInputException as {@link #write(Report, OutputStream)} does, naming
     *     {@code reports} when the list is missing or empty
     * @throws ExportException as {@link #write(Report, OutputStream)} does
     */
    public void writeAll(List<? extends Report> reports, OutputStream out) {
        if (reports == null || reports.isEmpty()) {
            throw new InvalidInputException("reports", "must hold at least one report", reports);
        }
        List<Report> checked = reports.stream().map(XlsxReportWriter::checked).toList();
        if (out == null) {
            throw new InvalidInputException("out", "must be given", null);
        }
        ExportTempFolder folder;
        try {
            folder = ExportTempFolder.create(tempFolder);
        } catch (IOException | RuntimeException e) {
            throw new ExportException("the temp folder " + tempFolder + " is not usable for XLSX export: " + e, e);
        }
        try {
            TempFile.withStrategy(folder, () -> {
                writeWorkbook(checked, out);
                return null;
            });
        } finally {
            try {
                folder.delete();
            } catch (IOException | RuntimeException e) {
                LOG.warn("XLSX export could not delete its temp folder {}; delete it by hand, it may hold report data",
                        folder.path(), e);
            }
        }
    }

    private void writeWorkbook(List<Report> reports, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, rowAccessWindow, compressTempFiles, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return compressTempFiles ? new CompressedSheetData() : super.createSheetDataWriter();
            }
        };
        ExportState state = new ExportState(new ProgressCounter(progress, progressEvery));
        RuntimeException failure = null;
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            SheetNames names = SheetNames.create();
            for (Report report : reports) {
                state.report = report;
                new ReportSheets(workbook, styles, names, report, state.rows).write();
            }
            state.rows.finish();
            state.report = null;
            workbook.write(out);
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            failure = state.failed(e);
        } catch (ShareHubException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = state.failed(e);
        } finally {
            // close() disposes of SXSSF's temp files; the folder is deleted after in any case
            try {
                workbook.close();
            } catch (IOException | RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    LOG.warn("XLSX export could not close its workbook; its temp folder is deleted next", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Report checked(Report report) {
        ExportRules.checkReport(report);
        if (report.columns().size() > MAX_COLUMNS) {
            throw new InvalidInputException("report.columns", "must be at most " + MAX_COLUMNS + " for XLSX",
                    report.columns().size() + " columns");
        }
        return report;
    }

    /** @return {@code xlsx} */
    @Override
    public String extension() {
        return "xlsx";
    }

    /** @return {@value #CONTENT_TYPE} */
    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    /** Where one export is, for progress and for the message of a failure. */
    private static final class ExportState {
        private final ProgressCounter rows;
        private Report report;

        ExportState(ProgressCounter rows) {
            this.rows = rows;
        }

        ExportException failed(Exception cause) {
            if (cause instanceof ExportException export) {
                return export;
            }
            String what = report == null ? "the workbook" : "report \"" + report.title() + "\"";
            return new ExportException(what + " could not be written as XLSX after " + rows.rows() + " data rows: "
                    + cause, cause);
        }
    }

    /**
     * Configures an {@link XlsxReportWriter}. Not thread-safe; the writer it builds is.
     */
    public static final class Builder {
        private Path tempFolder = Path.of(System.getProperty("java.io.tmpdir"));
        private int rowAccessWindow = DEFAULT_ROW_ACCESS_WINDOW;
        private boolean compressTempFiles = true;
        private ExportProgress progress = ExportProgress.NONE;
        private int progressEvery = DEFAULT_PROGRESS_EVERY;

        private Builder() {
        }

        /**
         * Where exports keep their temporary files: each export makes a private folder
         * {@code sharehub-xlsx-*} inside and deletes it at the end. The folder is created when
         * missing. A 1,000,000-row export of a few columns needs some tens of MB there.
         *
         * @param folder the folder; default the JVM's {@code java.io.tmpdir}, as read when the
         *     builder was made
         * @return this builder
         * @throws InvalidInputException if the folder is {@code null}
         */
        public Builder tempFolder(Path folder) {
            if (folder == null) {
                throw new InvalidInputException("tempFolder", "must be given", null);
            }
            this.tempFolder = folder;
            return this;
        }

        /**
         * How many rows per sheet stay in memory before SXSSF moves them to its temporary file.
         * More is not faster in practice; less saves little.
         *
         * @param rows 1 to {@value XlsxReportWriter#MAX_ROW_ACCESS_WINDOW}; default
         *     {@value XlsxReportWriter#DEFAULT_ROW_ACCESS_WINDOW}
         * @return this builder
         * @throws InvalidInputException if {@code rows} is out of range
         */
        public Builder rowAccessWindow(int rows) {
            if (rows < 1 || rows > MAX_ROW_ACCESS_WINDOW) {
                throw new InvalidInputException("rowAccessWindow", "must be from 1 to " + MAX_ROW_ACCESS_WINDOW, rows);
            }
            this.rowAccessWindow = rows;
            return this;
        }

        /**
         * Whether the temporary sheet files are gzipped. They hold the sheet XML, which is
         * large (hundreds of MB for a million rows of ten columns) and compresses about tenfold.
         *
         * @param compress default {@code true}
         * @return this builder
         */
        public Builder compressTempFiles(boolean compress) {
            this.compressTempFiles = compress;
            return this;
        }

        /**
         * Hears how many data rows are written: every {@link #progressEvery(int)} rows and once
         * more when all rows are written (before the workbook is zipped into the stream), with
         * the total. Called on the writing thread; an exception it throws stops the export as an
         * {@link ExportException}.
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
         *     {@value XlsxReportWriter#DEFAULT_PROGRESS_EVERY}
         * @return this builder
         * @throws InvalidInputException if {@code rows} is less than 1
         */
        public Builder progressEvery(int rows) {
            this.progressEvery = ProgressCounter.checkEvery(rows);
            return this;
        }

        /** @return the writer */
        public XlsxReportWriter build() {
            return new XlsxReportWriter(this);
        }
    }
}
