package io.sharehub.export;

import java.io.OutputStream;

/**
 * Writes a report to a stream in one format: {@link CsvReportWriter} in core,
 * {@code io.sharehub.poi.XlsxReportWriter} in {@code sharehub-export-poi}. Writers stream: memory
 * use does not grow with the number of rows. Both apply the same {@link ExportRules}.
 *
 * <p>Implementations must be thread-safe: one writer may write several reports at once.
 */
public interface ReportWriter {

    /**
     * Writes the whole report. The stream is flushed, not closed.
     *
     * @param report the report
     * @param out where the bytes go
     * @throws ExportException if the report cannot be written, the stream fails, or a row does
     *     not fit its columns; nothing is left behind (no temporary files)
     */
    void write(Report report, OutputStream out);

    /** @return the file name extension of this format, without the dot: {@code csv}, {@code xlsx} */
    String extension();

    /** @return the MIME type of this format */
    String contentType();
}
