/**
 * Streaming XLSX export of any ShareHub report with Apache POI:
 * {@link io.sharehub.poi.XlsxReportWriter} writes one report or several as the sheets of one
 * workbook, and {@link io.sharehub.poi.SheetNames} turns titles into valid, distinct sheet names.
 */
package io.sharehub.poi;
