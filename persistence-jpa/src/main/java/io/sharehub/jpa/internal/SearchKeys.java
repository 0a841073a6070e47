package io.sharehub.jpa.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The keys search tokens and tag keys are stored and looked up under. A token may be a whole run
 * of letters from a 2,000-character summary, longer than an index entry may be on MariaDB
 * (3,072 bytes) or PostgreSQL (2,704 bytes). A short text is its own key; a longer one, or one
 * starting with {@code #}, is {@code #} and the hex SHA-256 of its UTF-8 bytes. Tokens never hold
 * {@code #}, and a tag key starting with it is always hashed, so keys are as distinct as the texts.
 */
public final class SearchKeys {
    /** Texts up to this many code points are their own key. */
    static final int MAX_PLAIN = 32;

    private SearchKeys() {
    }

    /**
     * @param text a token or tag key
     * @return its key, at most 65 characters
     */
    public static String of(String text) {
        if (!text.startsWith("#") && text.codePointCount(0, text.length()) <= MAX_PLAIN) {
            return text;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
