/**
 * Share posters drawn with ZXing and Java2D: {@link io.sharehub.zxing.ZxingPosterRenderer}
 * implements core's {@link io.sharehub.poster.PosterRenderer}, headless, with a shipped Noto Sans
 * CJK SC subset so that Chinese renders on any machine.
 *
 * <p>Everything else in this package is internal: the QR symbol and its placement, text
 * segmentation and wrapping, the PNG encoder, the image and font caches.
 */
package io.sharehub.zxing;
