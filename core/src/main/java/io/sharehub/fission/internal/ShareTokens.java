package io.sharehub.fission.internal;

import io.sharehub.fission.InvalidTokenException;
import io.sharehub.fission.InvalidTokenException.Reason;
import io.sharehub.fission.TokenKeys;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Share tokens: 24 bytes — key id (1), share id (8, big-endian), HMAC-SHA-256 of those 9 bytes
 * truncated to 15 bytes (120 bits) — in URL-safe Base64 without padding, exactly 32 characters.
 * 24 bytes fill 32 Base64 characters with no spare bits, so every valid token has exactly one
 * spelling.
 */
public final class ShareTokens {
    /** The length of every token. */
    public static final int LENGTH = 32;
    private static final int MAC_BYTES = 15;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final TokenKeys keys;
    private final ThreadLocal<Map<Integer, Mac>> macs = ThreadLocal.withInitial(HashMap::new);

    /** @param keys the host's signing keys */
    public ShareTokens(TokenKeys keys) {
        this.keys = keys;
    }

    /** @return the token of a share, signed with the newest key */
    public String sign(long shareId) {
        byte[] bytes = new byte[24];
        int keyId = keys.signingKeyId();
        bytes[0] = (byte) keyId;
        for (int i = 0; i < 8; i++) {
            bytes[1 + i] = (byte) (shareId >>> (56 - 8 * i));
        }
        byte[] mac = mac(keyId, bytes);
        System.arraycopy(mac, 0, bytes, 9, MAC_BYTES);
        return ENCODER.encodeToString(bytes);
    }

    /**
     * @return the share id a token carries
     * @throws InvalidTokenException if the token is malformed, its key unknown or its signature wrong
     */
    public long verify(String token) {
        if (token == null || token.length() != LENGTH) {
            throw new InvalidTokenException(Reason.MALFORMED, "must be exactly 32 characters, but was "
                    + (token == null ? "null" : token.length() + " characters"));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                throw new InvalidTokenException(Reason.MALFORMED,
                        "must use only URL-safe Base64 characters (A-Z a-z 0-9 - _), but has '" + c + "' at " + i);
            }
        }
        byte[] bytes = DECODER.decode(token);
        int keyId = bytes[0] & 0xff;
        if (keys.secret(keyId) == null) {
            throw new InvalidTokenException(Reason.UNKNOWN_KEY, "is signed with key " + keyId
                    + ", which this hub does not hold (never configured, or retired)");
        }
        byte[] mac = mac(keyId, bytes);
        byte[] expected = java.util.Arrays.copyOf(mac, MAC_BYTES);
        byte[] actual = java.util.Arrays.copyOfRange(bytes, 9, 24);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new InvalidTokenException(Reason.BAD_SIGNATURE, "has a signature that does not match: forged or altered");
        }
        long shareId = 0;
        for (int i = 0; i < 8; i++) {
            shareId = (shareId << 8) | (bytes[1 + i] & 0xff);
        }
        return shareId;
    }

    private byte[] mac(int keyId, byte[] bytes) {
        Mac mac = macs.get().computeIfAbsent(keyId, id -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(new SecretKeySpec(keys.secret(id), "HmacSHA256"));
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
        mac.update(bytes, 0, 9);
        return mac.doFinal();
    }
}
