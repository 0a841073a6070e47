package io.sharehub.fission;

import io.sharehub.InvalidInputException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host's secrets that sign share tokens. The newest key (the highest id) signs; every key held
 * verifies. To rotate, add a key with a higher id; links and posters already out keep working.
 * Retire an old key (leave it out) only when links signed with it may break: every printed poster
 * and shared link carrying it stops resolving.
 *
 * <p>Keys are 32 to 64 bytes of secret randomness, ids 0 to 255. Keep the secrets in the host's
 * secret store, never in code.
 */
public final class TokenKeys {
    /** The shortest secret accepted, in bytes. */
    public static final int MIN_SECRET = 32;

    private final TreeMap<Integer, byte[]> keys;

    private TokenKeys(TreeMap<Integer, byte[]> keys) {
        this.keys = keys;
    }

    /**
     * @param keys secrets by key id (0–255); the highest id signs
     * @return the key set
     * @throws InvalidInputException if there is no key, an id is out of range or a secret is shorter
     *     than 32 bytes
     */
    public static TokenKeys of(Map<Integer, byte[]> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new InvalidInputException("tokenKeys", "must hold at least one key", keys);
        }
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        keys.forEach((id, secret) -> {
            if (id == null || id < 0 || id > 255) {
                throw new InvalidInputException("tokenKeys.id", "must be from 0 to 255", id);
            }
            if (secret == null || secret.length < MIN_SECRET || secret.length > 64) {
                throw new InvalidInputException("tokenKeys[" + id + "]", "must be 32 to 64 bytes of secret",
                        secret == null ? null : secret.length + " bytes");
            }
            copy.put(id, secret.clone());
        });
        return new TokenKeys(copy);
    }

    /**
     * @param id the key id, 0–255
     * @param secret 32 to 64 bytes of secret randomness
     * @return a key set of one key
     */
    public static TokenKeys single(int id, byte[] secret) {
        return of(Map.of(id, secret));
    }

    /** @return the id of the key that signs */
    public int signingKeyId() {
        return keys.lastKey();
    }

    /**
     * @param id a key id
     * @return a copy of its secret, or {@code null} if not held
     */
    public byte[] secret(int id) {
        byte[] secret = keys.get(id);
        return secret == null ? null : secret.clone();
    }

    /** @return the ids of the keys held, ascending */
    public int[] ids() {
        return keys.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return "TokenKeys" + Arrays.toString(ids());
    }
}
