package io.sharehub.internal;

import java.security.SecureRandom;

/** Generated ids: 16 characters of Crockford base32 (80 random bits), lower case. */
public final class IdGenerator {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private IdGenerator() {
    }

    /** @return a new random id */
    public static String next() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
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
