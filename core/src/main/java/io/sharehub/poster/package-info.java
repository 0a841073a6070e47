/**
 * Share posters: the image a sharer posts to their Moments, with the campaign title, their name
 * and avatar, and a QR code of their share link.
 *
 * <p>A {@link io.sharehub.poster.PosterSpec} says what the poster shows; a
 * {@link io.sharehub.poster.PosterRenderer} draws it as PNG bytes. Core holds no drawing code:
 * images and fonts travel as bytes and colours as ARGB integers, so a host that needs no posters
 * carries no imaging library. {@code sharehub-poster-zxing} provides the renderer
 * ({@code io.sharehub.zxing.ZxingPosterRenderer}).
 *
 * <p>What goes into the QR code is decided here, in {@link io.sharehub.poster.QrContent}, so
 * that every renderer encodes the same text: an ASCII URL as it is, a URL with other characters
 * percent-encoded as UTF-8 first, free text as UTF-8.
 */
package io.sharehub.poster;
