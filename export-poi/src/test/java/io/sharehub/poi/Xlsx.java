package io.sharehub.poi;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.export.Column;
import io.sharehub.export.ColumnType;
import io.sharehub.export.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Writes reports and reads them back with POI's readers, for the tests. */
final class Xlsx {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Xlsx() {
    }

    static byte[] write(XlsxReportWriter writer, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    /** Reads a small workbook whole, with POI's user model. */
    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface RowMaker {
        void make(long index, Consumer<? super List<Object>> sink);
    }

    /** A report whose rows are made as they are pushed: nothing is held, whatever the count. */
    static Report generated(String title, List<Column> columns, long rows, RowMaker maker) {
        return new Report() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ZoneId zone() {
                return SHANGHAI;
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void forEachRow(Consumer<? super List<Object>> action) {
                for (long i = 0; i < rows; i++) {
                    maker.make(i, action);
                }
            }
        };
    }

    /** Material statistics: (material, views). */
    static final List<Column> MATERIAL_VIEWS = List.of(Column.of("material", "素材", ColumnType.TEXT),
            Column.of("views", "浏览量", ColumnType.INTEGER));

    static Report materialViews(long rows) {
        return generated("素材统计", MATERIAL_VIEWS, rows, (i, sink) -> sink.accept(List.of("素材 " + i, i)));
    }

    /** Fails every write once {@code limit} bytes went through. */
    static final class FailingStream extends OutputStream {
        private final long limit;
        long bytes;

        FailingStream(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (bytes + len > limit) {
                throw new IOException("client went away after " + bytes + " bytes");
            }
            bytes += len;
        }
    }

    /** Every file or folder under {@code folder} that an export may leave behind. */
    static List<Path> exportLeftovers(Path folder) {
        return exportLeftovers(folder, Integer.MAX_VALUE);
    }

    /**
     * Every file or folder at most {@code depth} levels under {@code folder} that an export may
     * leave behind. Files that vanish while we look (other programs share the system temp
     * folder) are skipped.
     */
    static List<Path> exportLeftovers(Path folder, int depth) {
        List<Path> found = new ArrayList<>();
        if (!Files.exists(folder)) {
            return found;
        }
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    check(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    check(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private void check(Path path) {
                    String name = String.valueOf(path.getFileName());
                    if (name.startsWith("poi-sxssf") || name.startsWith(ExportTempFolder.PREFIX)) {
                        found.add(path);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** One sheet as the streaming reader saw it: its name, row count, and the first and last rows. */
    record SheetSummary(String name, long rows, List<String> first, List<String> second, List<String> last) {
    }

    /**
     * Reads every sheet of a workbook file with POI's streaming (SAX) reader, holding only the
     * rows the summary keeps.
     */
    static List<SheetSummary> summarize(Path xlsx) {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<SheetSummary> summaries = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    Summarizer summarizer = new Summarizer();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, summarizer,
                            new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                    summaries.add(new SheetSummary(sheets.getSheetName(), summarizer.rows,
                            summarizer.first, summarizer.second, summarizer.current));
                }
            }
            return summaries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new AssertionError("not a readable workbook: " + xlsx, e);
        }
    }

    private static final class Summarizer implements XSSFSheetXMLHandler.SheetContentsHandler {
        long rows;
        List<String> first;
        List<String> second;
        Map<Integer, String> cells = new LinkedHashMap<>();
        List<String> current;

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            assertThat(rowNum).as("rows are dense").isEqualTo(rows);
            rows++;
            current = List.copyOf(cells.values());
            if (rowNum == 0) {
                first = current;
            } else if (rowNum == 1) {
                second = current;
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            cells.put(cells.size(), formattedValue);
        }
    }
}
