/**
 * Reports and their export: a {@link io.sharehub.export.Report} is any list an administrator
 * sees, with typed columns and streamed rows; a {@link io.sharehub.export.ReportWriter} writes it
 * as CSV ({@link io.sharehub.export.CsvReportWriter}) or, with {@code sharehub-export-poi}, XLSX.
 */
package io.sharehub.export;
