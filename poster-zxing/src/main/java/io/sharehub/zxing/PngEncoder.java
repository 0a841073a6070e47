package io.sharehub.zxing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque image as an 8-bit RGB PNG, fast. ImageIO's PNG writer tries all five filters
 * on every row and compresses harder than a poster needs; encoding dominated the time of a
 * poster. Here every row but the first gets the Up filter, computed straight from the packed
 * pixels (posters are mostly flat colour and vertical gradients, which Up turns into runs of
 * zeros; choosing per row by the usual sum-of-differences estimate cost more time than it saved
 * bytes), and zlib runs at its fastest level. Stateless and thread-safe: each call owns its
 * {@link Deflater} and ends it.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int INPUT_BYTES = 1 << 17;
    private static final int CHUNK = 1 << 16;

    private PngEncoder() {
    }

    /**
     * @param image the image; alpha, if any, is ignored
     * @return a complete PNG file
     */
    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = packedRgb(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 4 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        chunk(out, "IHDR", header, header.length);

        int stride = 1 + width * 3;
        int rowsPerInput = Math.max(1, INPUT_BYTES / stride);
        byte[] input = new byte[stride * rowsPerInput];
        byte[] compressed = new byte[CHUNK];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            int filled = 0;
            for (int y = 0; y < height; y++) {
                filterRow(pixels, width, y, input, filled);
                filled += stride;
                if (filled == input.length || y == height - 1) {
                    deflater.setInput(input, 0, filled);
                    if (y == height - 1) {
                        deflater.finish();
                    }
                    drain(deflater, compressed, out);
                    filled = 0;
                }
            }
            while (!deflater.finished()) {
                drain(deflater, compressed, out);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /**
     * Writes row {@code y} into {@code into} at {@code at}, filter byte first: the first row
     * unfiltered, every other row with the Up filter, straight from the packed pixels.
     */
    private static void filterRow(int[] pixels, int width, int y, byte[] into, int at) {
        int row = y * width;
        int i = at + 1;
        if (y == 0) {
            into[at] = 0;
            for (int x = 0; x < width; x++, i += 3) {
                int rgb = pixels[row + x];
                into[i] = (byte) (rgb >> 16);
                into[i + 1] = (byte) (rgb >> 8);
                into[i + 2] = (byte) rgb;
            }
            return;
        }
        into[at] = 2;
        int above = row - width;
        for (int x = 0; x < width; x++, i += 3) {
            int rgb = pixels[row + x];
            int up = pixels[above + x];
            into[i] = (byte) ((rgb >> 16) - (up >> 16));
            into[i + 1] = (byte) ((rgb >> 8) - (up >> 8));
            into[i + 2] = (byte) (rgb - up);
        }
    }

    private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH);
            if (n > 0) {
                chunk(out, "IDAT", buffer, n);
            }
            if (n < buffer.length && (deflater.needsInput() || deflater.finished())) {
                return;
            }
        }
    }

    private static int[] packedRgb(BufferedImage image) {
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && buffer.getData().length == image.getWidth() * image.getHeight()) {
            return buffer.getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        for (int i = 0; i < 4; i++) {
            head[4 + i] = (byte) type.charAt(i);
        }
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data, 0, length);
        out.write(head, 0, 8);
        out.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail, 0, 4);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
