package io.sharehub.examples.app;

import io.sharehub.export.CsvReportWriter;
import io.sharehub.export.Report;
import io.sharehub.export.ReportWriter;
import io.sharehub.poi.XlsxReportWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** Writes a report as the file an export button asks for: {@code xlsx} or {@code csv}. */
@Component
public class Exports {
    private final XlsxReportWriter xlsx;
    private final CsvReportWriter csv;

    /** @param xlsx the XLSX writer @param csv the CSV writer */
    public Exports(XlsxReportWriter xlsx, CsvReportWriter csv) {
        this.xlsx = xlsx;
        this.csv = csv;
    }

    /**
     * @param format {@code xlsx} or {@code csv}
     * @param report the report
     * @param fileName the file's name without extension
     * @param response the response it is streamed into
     */
    public void write(String format, Report report, String fileName, HttpServletResponse response) {
        ReportWriter writer = switch (format) {
            case "xlsx" -> xlsx;
            case "csv" -> csv;
            default -> throw new IllegalArgumentException("format must be xlsx or csv, but was '" + format + "'");
        };
        response.setContentType(writer.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName + "." + writer.extension(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
        try {
            OutputStream out = response.getOutputStream();
            writer.write(report, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                response.reset();   // nothing sent yet: the error page replaces the file
            }
            throw e;
        }
    }
}
