package io.sharehub.poi;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;

/**
 * SXSSF's gzipped sheet file, made cheaper: POI's own compresses at the default level through a
 * 512-byte buffer straight into an unbuffered file stream. The temp file is read once, right
 * after, so the fastest level is enough (the sheet XML still shrinks several times), and
 * buffering both ends saves a system call per half kilobyte. File name and format are POI's.
 */
final class CompressedSheetData extends GZIPSheetDataWriter {
    private static final int BUFFER = 1 << 16;

    CompressedSheetData() throws IOException {
        super(null);
    }

    @Override
    protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
        return new GZIPOutputStream(new BufferedOutputStream(fos, BUFFER), BUFFER) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
        return new GZIPInputStream(new BufferedInputStream(fis, BUFFER), BUFFER);
    }
}
