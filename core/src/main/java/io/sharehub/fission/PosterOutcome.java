package io.sharehub.fission;

import java.util.Optional;

/**
 * A share through a poster: the share action's outcome and, when allowed, the poster.
 *
 * @param share what became of the share action (channel POSTER)
 * @param png the poster as a PNG file, or {@code null} when the share was denied
 */
public record PosterOutcome(ShareOutcome share, byte[] png) {

    /** @return the poster, if the share was allowed */
    public Optional<byte[]> pngIfAllowed() {
        return Optional.ofNullable(png);
    }
}
