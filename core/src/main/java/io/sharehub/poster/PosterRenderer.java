package io.sharehub.poster;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Draws share posters. The port between ShareHub and an imaging library; {@code
 * sharehub-poster-zxing} implements it with ZXing and Java2D.
 *
 * <p>Every poster a renderer returns scans with an ordinary QR decoder and gives back exactly
 * {@link QrContent#encodedText()}. A payload that does not fit the QR box is a
 * {@link QrPayloadTooLargeException}; nothing is drawn in part.
 *
 * <p>All implementations of this interface must be thread-safe: one renderer draws many posters
 * at once, from any number of threads.
 */
public interface PosterRenderer {

    /**
     * Draws the poster.
     *
     * @param spec what the poster shows
     * @return the poster as a complete PNG file
     * @throws QrPayloadTooLargeException if the QR payload does not fit the QR box at the spec's
     *     error-correction level
     * @throws PosterException if an image or the font in the spec cannot be read, or drawing fails;
     *     the cause is kept
     */
    byte[] renderPng(PosterSpec spec);

    /**
     * Draws the poster and writes it to a stream, all or nothing: when drawing fails, not one
     * byte is written. The stream is flushed, not closed.
     *
     * @param spec what the poster shows
     * @param out where the PNG goes
     * @throws QrPayloadTooLargeException if the QR payload does not fit the QR box
     * @throws PosterException if drawing fails, or the stream fails (the cause is kept)
     */
    default void writePng(PosterSpec spec, OutputStream out) {
        byte[] png = renderPng(spec);
        try {
            out.write(png);
            out.flush();
        } catch (IOException e) {
            throw new PosterException("the poster PNG could not be written to the stream: " + e.getMessage(), e);
        }
    }
}
