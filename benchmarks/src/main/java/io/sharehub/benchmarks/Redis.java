package io.sharehub.benchmarks;

import redis.clients.jedis.Jedis;

/**
 * The local Redis server the baselines use ({@code -Dsharehub.bench.redis=host:port}, by default
 * {@code 127.0.0.1:6379}), database 9, every key under {@value #PREFIX}.
 */
final class Redis {
    static final String PREFIX = "sharehub-bench:";
    static final int DATABASE = 9;

    private Redis() {
    }

    /** @return a connection on the benchmarks' database */
    static Jedis connect() {
        String[] server = System.getProperty("sharehub.bench.redis", "127.0.0.1:6379").split(":");
        Jedis jedis = new Jedis(server[0], Integer.parseInt(server[1]), 60_000);
        jedis.select(DATABASE);
        return jedis;
    }

    /** @return whether {@code key} holds a sorted set of {@code size} members, left by an earlier fork */
    static boolean holds(Jedis jedis, String key, long size) {
        return jedis.zcard(key) == size;
    }
}
