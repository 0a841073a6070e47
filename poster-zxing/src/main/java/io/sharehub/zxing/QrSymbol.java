package io.sharehub.zxing;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import io.sharehub.poster.PosterException;
import io.sharehub.poster.PosterSpec;
import io.sharehub.poster.QrContent;
import io.sharehub.poster.QrErrorCorrection;
import io.sharehub.poster.QrPayloadTooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * A QR symbol placed in its box: whole-pixel modules, centred, with a quiet zone of at least four
 * modules on every side. Made before anything is drawn, so a payload that does not fit fails the
 * poster before it starts.
 *
 * @param modules the symbol's width in modules (21 for version 1, up to 177)
 * @param moduleSize each module's side in whole pixels, at least {@link PosterSpec#minModuleSize()}
 * @param left the x of the symbol's top-left pixel on the poster (quiet zone excluded)
 * @param top the y of the symbol's top-left pixel on the poster
 * @param dark the modules, row by row: {@code dark[y * modules + x]}
 * @param version the QR version, 1 to 40
 */
record QrSymbol(int modules, int moduleSize, int left, int top, boolean[] dark, int version) {
    /** Modules of quiet zone required on every side. */
    static final int QUIET_ZONE = 4;
    /** The eight QR mask patterns. */
    private static final int MASKS = 8;
    /** ECI segment: 4 bits of mode and 8 of designator, written when the UTF-8 hint is given. */
    private static final int ECI_BITS = 12;

    /**
     * Encodes the spec's QR content by the rules of {@link QrContent} and fits it into the box.
     *
     * @throws QrPayloadTooLargeException if no symbol with modules of at least
     *     {@link PosterSpec#minModuleSize()} pixels and the quiet zone fits the box
     * @throws PosterException if ZXing fails otherwise (the cause is kept)
     */
    static QrSymbol encode(PosterSpec spec) {
        QrContent content = spec.qrContent();
        String text = content.encodedText();
        ErrorCorrectionLevel level = level(spec.qrErrorCorrection());
        Map<EncodeHintType, ?> hints = content.needsUtf8Hint()
                ? Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())
                : Map.of();
        QRCode code = encode(spec, text, level, hints, -1);
        int modules = code.getMatrix().getWidth();
        int moduleSize = spec.qrSize() / (modules + 2 * QUIET_ZONE);
        if (moduleSize < spec.minModuleSize()) {
            throw tooLarge(spec, null);
        }
        // ZXing picks the mask with the lowest penalty, but a few symbols under their chosen mask
        // are not found by ZXing's own detector, at any size. Such a poster would lose its referral,
        // so read the symbol back and, when it does not read, take the next mask that does.
        if (!SelfCheck.reads(code.getMatrix(), moduleSize, text)) {
            int chosen = code.getMaskPattern();
            for (int mask = 0; mask < MASKS; mask++) {
                QRCode other = mask == chosen ? null : encode(spec, text, level, hints, mask);
                if (other != null && SelfCheck.reads(other.getMatrix(), moduleSize, text)) {
                    code = other;
                    break;
                }
            }
        }
        ByteMatrix matrix = code.getMatrix();
        int symbol = modules * moduleSize;
        int left = spec.qrX() + (spec.qrSize() - symbol) / 2;
        int top = spec.qrY() + (spec.qrSize() - symbol) / 2;
        boolean[] dark = new boolean[modules * modules];
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                dark[y * modules + x] = matrix.get(x, y) == 1;
            }
        }
        return new QrSymbol(modules, moduleSize, left, top, dark, code.getVersion().getVersionNumber());
    }

    private static QRCode encode(PosterSpec spec, String text, ErrorCorrectionLevel level,
            Map<EncodeHintType, ?> hints, int mask) {
        Map<EncodeHintType, Object> withMask = new EnumMap<>(EncodeHintType.class);
        withMask.putAll(hints);
        if (mask >= 0) {
            withMask.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return Encoder.encode(text, level, withMask);
        } catch (WriterException e) {
            throw tooLarge(spec, e);
        } catch (RuntimeException e) {
            throw new PosterException("qrContent could not be encoded as a QR code: " + e, e);
        }
    }

    /** @return the symbol's side in pixels */
    int side() {
        return modules * moduleSize;
    }

    /**
     * @return the side of the logo pad in pixels: a quarter of the symbol's width, rounded down,
     *     so that the pad never covers more
     */
    int logoPadSide() {
        return side() / 4;
    }

    private static QrPayloadTooLargeException tooLarge(PosterSpec spec, WriterException cause) {
        QrContent content = spec.qrContent();
        int bytes = content.byteLength();
        int limit = byteCapacity(spec.qrSize(), spec.minModuleSize(), spec.qrErrorCorrection(), content.needsUtf8Hint());
        QrPayloadTooLargeException e = new QrPayloadTooLargeException(bytes, limit, spec.qrSize(),
                spec.qrErrorCorrection(), spec.minModuleSize());
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /**
     * @return the most bytes a box holds in byte mode: the largest version whose modules are at
     *     least {@code moduleSize} pixels with the quiet zone, at this level
     */
    static int byteCapacity(int boxSize, int moduleSize, QrErrorCorrection correction, boolean eci) {
        int largest = 0;
        for (int v = 1; v <= 40; v++) {
            if ((17 + 4 * v + 2 * QUIET_ZONE) * moduleSize <= boxSize) {
                largest = v;
            }
        }
        if (largest == 0) {
            return 0;
        }
        Version version = Version.getVersionForNumber(largest);
        int dataBits = 8 * (version.getTotalCodewords()
                - version.getECBlocksForLevel(level(correction)).getTotalECCodewords());
        int countBits = largest < 10 ? 8 : 16;
        return Math.max(0, (dataBits - 4 - countBits - (eci ? ECI_BITS : 0)) / 8);
    }

    static ErrorCorrectionLevel level(QrErrorCorrection correction) {
        return switch (correction) {
            case L -> ErrorCorrectionLevel.L;
            case M -> ErrorCorrectionLevel.M;
            case Q -> ErrorCorrectionLevel.Q;
            case H -> ErrorCorrectionLevel.H;
        };
    }
}
