package io.sharehub.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Generated ids: 16 characters of Crockford base32 (80 random bits), lower case. Ids need to be
 * unique, not secret (tokens are protected by their signature), so a fast per-thread generator
 * does; 80 bits make a collision among a billion ids about one in a million billion.
 */
public final class IdGenerator {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private IdGenerator() {
    }

    /** @return a new random id */
    public static String next() {
        byte[] bytes = new byte[10];
        ThreadLocalRandom.current().nextBytes(bytes);
        char[] out = new char[16];
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (bytes[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (bytes[i] & 0xff);
        }
        for (int i = 7; i >= 0; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
            out[8 + i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
