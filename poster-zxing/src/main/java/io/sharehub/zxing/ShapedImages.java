package io.sharehub.zxing;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps the last shaped images (a campaign's background and logo, a sharer's avatar) so that a
 * run of posters decodes and scales each only once. Bounded by weight (source bytes plus four
 * bytes a pixel), least recently used out first. Thread-safe: the map is guarded by this
 * object's lock, and a cached image is only ever read. Two threads may shape the same image at
 * once; both results are equal and one is kept.
 */
final class ShapedImages {
    private final long maxWeight;
    private final LinkedHashMap<Key, BufferedImage> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    ShapedImages(long maxWeight) {
        this.maxWeight = maxWeight;
    }

    /**
     * @param purpose what the image is shaped for, with its target size, for example {@code avatar:84}
     * @param bytes the source file
     * @param shape decodes and shapes the bytes
     * @return the shaped image; treat it as read-only
     */
    BufferedImage get(String purpose, byte[] bytes, Function<byte[], BufferedImage> shape) {
        Key key = new Key(purpose, bytes);
        synchronized (this) {
            BufferedImage cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        BufferedImage shaped = shape.apply(bytes);
        long w = weight(key, shaped);
        if (w > maxWeight / 4) {
            return shaped; // too big to be worth keeping
        }
        synchronized (this) {
            if (entries.putIfAbsent(key, shaped) == null) {
                weight += w;
                Iterator<Map.Entry<Key, BufferedImage>> oldest = entries.entrySet().iterator();
                while (weight > maxWeight && oldest.hasNext()) {
                    Map.Entry<Key, BufferedImage> e = oldest.next();
                    weight -= weight(e.getKey(), e.getValue());
                    oldest.remove();
                }
            }
        }
        return shaped;
    }

    private static long weight(Key key, BufferedImage image) {
        return key.bytes.length + 4L * image.getWidth() * image.getHeight();
    }

    /** The source bytes themselves are the key (compared in full), so no two images can collide. */
    private static final class Key {
        private final String purpose;
        private final byte[] bytes;
        private final int hash;

        Key(String purpose, byte[] bytes) {
            this.purpose = purpose;
            this.bytes = bytes;
            this.hash = 31 * purpose.hashCode() + Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && purpose.equals(k.purpose) && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
