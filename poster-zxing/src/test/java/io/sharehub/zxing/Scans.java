package io.sharehub.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Reads posters the way a phone does: from the final PNG bytes, through ImageIO and an ordinary
 * ZXing QR reader over the whole poster, never from the matrix that drew it. Also measures the
 * quiet zone in the pixels.
 */
final class Scans {
    /** A pixel at least this light (0–255 luma) counts as light. */
    static final int LIGHT = 160;

    private Scans() {
    }

    static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalStateException("ImageIO found no image in " + png.length + " bytes");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the image as a JPEG of the given quality (0–1), as a chat app recompresses a shared picture */
    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** @return the image resized, bilinear, to the given width, keeping its aspect ratio */
    static BufferedImage resize(BufferedImage image, int width) {
        int height = image.getHeight() * width / image.getWidth();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** @return the decoded result of the one QR code on the poster */
    static Result decode(BufferedImage poster) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(poster)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        try {
            return new QRCodeReader().decode(bitmap, hints);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("the poster does not scan: " + e, e);
        }
    }

    /** @return the text a phone gets from the PNG */
    static String text(byte[] png) {
        return decode(read(png)).getText();
    }

    static int luma(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }

    /**
     * Measures the quiet zone in the image: finds the symbol's outer edges from the finder
     * patterns the decoder located (walking from each finder's centre across its rings), then
     * counts, on each side, how many whole rows or columns of light pixels lie between the symbol
     * and the first pixel that is not light, across the symbol's full extent.
     *
     * @return the narrowest side's quiet zone, in modules
     */
    static double quietZoneModules(BufferedImage image, Result result) {
        ResultPoint[] p = result.getResultPoints(); // bottom-left, top-left, top-right
        int tlx = Math.round(p[1].getX());
        int tly = Math.round(p[1].getY());
        int trx = Math.round(p[2].getX());
        int bly = Math.round(p[0].getY());
        // from the top-left finder's centre walk left: dark core, light ring, dark ring, then light
        int[] leftRing = outerRing(image, tlx, tly, -1, 0);
        int[] topRing = outerRing(image, tlx, tly, 0, -1);
        int[] rightRing = outerRing(image, trx, Math.round(p[2].getY()), 1, 0);
        int[] bottomRing = outerRing(image, Math.round(p[0].getX()), bly, 0, 1);
        int left = leftRing[0];
        int top = topRing[0];
        int right = rightRing[0];
        int bottom = bottomRing[0];
        double module = (leftRing[1] + topRing[1] + rightRing[1] + bottomRing[1]) / 4.0;
        int quietLeft = 0;
        while (left - quietLeft - 1 >= 0 && columnLight(image, left - quietLeft - 1, top, bottom)) {
            quietLeft++;
        }
        int quietRight = 0;
        while (right + quietRight + 1 < image.getWidth() && columnLight(image, right + quietRight + 1, top, bottom)) {
            quietRight++;
        }
        int quietTop = 0;
        while (top - quietTop - 1 >= 0 && rowLight(image, top - quietTop - 1, left - quietLeft, right + quietRight)) {
            quietTop++;
        }
        int quietBottom = 0;
        while (bottom + quietBottom + 1 < image.getHeight()
                && rowLight(image, bottom + quietBottom + 1, left - quietLeft, right + quietRight)) {
            quietBottom++;
        }
        return Math.min(Math.min(quietLeft, quietRight), Math.min(quietTop, quietBottom)) / module;
    }

    /** @return {outermost dark pixel of the finder along the direction, width of its outer dark ring} */
    private static int[] outerRing(BufferedImage image, int x, int y, int dx, int dy) {
        int transitions = 0;
        boolean dark = true;
        int ringStart = 0;
        int cx = x;
        int cy = y;
        while (true) {
            int nx = cx + dx;
            int ny = cy + dy;
            boolean nextDark = luma(image, nx, ny) < LIGHT;
            if (nextDark != dark) {
                transitions++;
                dark = nextDark;
                if (transitions == 2) {
                    ringStart = dx != 0 ? nx : ny;
                }
                if (transitions == 3) {
                    int edge = dx != 0 ? cx : cy;
                    return new int[] {edge, Math.abs(edge - ringStart) + 1};
                }
            }
            cx = nx;
            cy = ny;
        }
    }

    private static boolean columnLight(BufferedImage image, int x, int top, int bottom) {
        for (int y = top; y <= bottom; y++) {
            if (luma(image, x, y) < LIGHT) {
                return false;
            }
        }
        return true;
    }

    private static boolean rowLight(BufferedImage image, int y, int left, int right) {
        for (int x = left; x <= right; x++) {
            if (luma(image, x, y) < LIGHT) {
                return false;
            }
        }
        return true;
    }
}
