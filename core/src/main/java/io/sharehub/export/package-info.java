/**
 * Reports and their export: a {@link io.sharehub.export.Report} is any list an administrator
 * sees, with typed columns and streamed rows; a {@link io.sharehub.export.ReportWriter} writes it
 * as CSV ({@link io.sharehub.export.CsvReportWriter}) or, with {@code sharehub-export-poi}, XLSX.
 * {@link io.sharehub.export.Masking} hides personal columns for callers who may not see them,
 * and {@link io.sharehub.export.ExportRules} holds the cell rules every writer shares.
 */
package io.sharehub.export;
