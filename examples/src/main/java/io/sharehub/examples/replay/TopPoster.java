package io.sharehub.examples.replay;

import io.sharehub.ShareHub;
import java.io.IOException;
import java.nio.file.Path;

/** The poster of the first campaign's top sharer, with their share URL in the QR code. */
final class TopPoster {
    private TopPoster() {
    }

    static void write(Path file, ShareHub hub, Replay replay, ReplaySummary summary) throws IOException {
        // drawn with sharehub-poster-zxing once it is part of the build
    }
}
