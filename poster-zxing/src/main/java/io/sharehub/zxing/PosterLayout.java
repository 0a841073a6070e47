package io.sharehub.zxing;

import java.awt.Font;
import java.util.List;

/**
 * Where everything on one poster goes, worked out before a pixel is drawn: the text runs (each
 * already cut to what the font can draw and to its width), the avatar's place and the QR symbol.
 * Painting follows it exactly, so tests that check the layout check what is drawn.
 *
 * @param runs every piece of text drawn, in drawing order
 * @param avatar where the round avatar goes, or {@code null} when the spec has none
 * @param qr the QR symbol in its box
 * @param logoPad where the logo's light pad goes (centred on the symbol, at most a quarter of its width), or
 *     {@code null} when the spec has no logo
 */
record PosterLayout(List<TextRun> runs, Box avatar, QrSymbol qr, Box logoPad) {
    PosterLayout {
        runs = List.copyOf(runs);
    }

    /**
     * One line of text as drawn.
     *
     * @param role what the line is: {@code title}, {@code subtitle}, {@code sharerName} or {@code qrCaption}
     * @param text the characters drawn; every one the font can draw
     * @param font the font, at its size
     * @param x the x of the line's start
     * @param baseline the y of the line's baseline
     * @param width the line's advance width, measured as drawn
     * @param argb the colour
     */
    record TextRun(String role, String text, Font font, float x, float baseline, double width, int argb) {
    }

    /**
     * A square on the poster.
     *
     * @param x left edge
     * @param y top edge
     * @param size side in pixels
     */
    record Box(int x, int y, int size) {
    }
}
