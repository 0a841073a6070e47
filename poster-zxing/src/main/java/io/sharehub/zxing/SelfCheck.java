package io.sharehub.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.util.List;
import java.util.Map;

/**
 * Reads a QR symbol back with ZXing's ordinary detector, drawn alone at the poster's module size
 * with its quiet zone, before it goes on a poster.
 */
final class SelfCheck {
    private static final Map<DecodeHintType, ?> HINTS =
            Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private SelfCheck() {
    }

    /** @return whether the symbol reads back as exactly {@code text} */
    static boolean reads(ByteMatrix matrix, int moduleSize, String text) {
        try {
            String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new Symbol(matrix, moduleSize))), HINTS).getText();
            return read.equals(text);
        } catch (ReaderException | RuntimeException e) {
            return false;
        }
    }

    /** The symbol as luminance: black modules of whole pixels on white, quiet zone included. */
    private static final class Symbol extends LuminanceSource {
        private static final byte DARK = 0;
        private static final byte LIGHT = (byte) 0xFF;
        private final ByteMatrix matrix;
        private final int moduleSize;

        Symbol(ByteMatrix matrix, int moduleSize) {
            super((matrix.getWidth() + 2 * QrSymbol.QUIET_ZONE) * moduleSize,
                    (matrix.getHeight() + 2 * QrSymbol.QUIET_ZONE) * moduleSize);
            this.matrix = matrix;
            this.moduleSize = moduleSize;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            int width = getWidth();
            byte[] out = row != null && row.length >= width ? row : new byte[width];
            int my = y / moduleSize - QrSymbol.QUIET_ZONE;
            for (int x = 0; x < width; x++) {
                int mx = x / moduleSize - QrSymbol.QUIET_ZONE;
                out[x] = dark(mx, my) ? DARK : LIGHT;
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            int width = getWidth();
            byte[] out = new byte[width * getHeight()];
            byte[] row = new byte[width];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, row), 0, out, y * width, width);
            }
            return out;
        }

        private boolean dark(int mx, int my) {
            return mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my) == 1;
        }
    }
}
