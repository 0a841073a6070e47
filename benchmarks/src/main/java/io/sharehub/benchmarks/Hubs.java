package io.sharehub.benchmarks;

import io.sharehub.ShareHub;
import io.sharehub.fission.TokenKeys;
import java.nio.charset.StandardCharsets;

/** Hub builders with a fixed token key, so that no benchmark logs the random-key warning. */
final class Hubs {
    static final byte[] SECRET = "sharehub-benchmark-secret-0123456789".getBytes(StandardCharsets.UTF_8);

    private Hubs() {
    }

    /** @return a builder with in-memory stores and the benchmarks' token key */
    static ShareHub.Builder builder() {
        return ShareHub.builder().tokenKeys(TokenKeys.single(1, SECRET));
    }
}
