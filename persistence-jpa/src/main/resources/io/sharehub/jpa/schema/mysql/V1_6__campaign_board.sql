-- ShareHub 1.6: campaign boards read without scanning them (MariaDB 10.6 or later; its
-- index is descending from MariaDB 10.8 and MySQL 8, older versions read it backwards).
--
-- A page is an index range: the index below holds the board's order exactly. Ranks and the
-- number of listed rows (points > 0) come from a histogram kept in the same transaction as the
-- counters: the listed rows per points value, and per log-linear bucket of values (one bucket per
-- value below 512, then 256 per power of two) the listed rows and distinct values, so that a
-- rank sums the buckets above and the values above within its own bucket. Bucket 0, where no
-- points fall, holds the board's number of listed rows (its distinct_points stays 0).

CREATE INDEX ledger_campaign_counter_board ON ledger_campaign_counter
    (kind, campaign_id, points DESC, invited DESC, reached_ns ASC, subject);
DROP INDEX ledger_campaign_counter_points ON ledger_campaign_counter;

-- Listed counter rows per (kind, campaign, points); no row where none.
CREATE TABLE ledger_campaign_points (
    kind        VARCHAR(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    campaign_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    points      BIGINT NOT NULL,
    listed      BIGINT NOT NULL,
    CONSTRAINT ledger_campaign_points_pk PRIMARY KEY (kind, campaign_id, points)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Listed counter rows and distinct points per (kind, campaign, bucket), and the board's listed
-- rows in bucket 0; no row where none.
CREATE TABLE ledger_campaign_bucket (
    kind            VARCHAR(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    campaign_id     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    bucket          INTEGER NOT NULL,
    listed          BIGINT NOT NULL,
    distinct_points BIGINT NOT NULL,
    CONSTRAINT ledger_campaign_bucket_pk PRIMARY KEY (kind, campaign_id, bucket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The histogram of the counters already there.
INSERT INTO ledger_campaign_points (kind, campaign_id, points, listed)
    SELECT kind, campaign_id, points, COUNT(*) FROM ledger_campaign_counter WHERE points > 0
    GROUP BY kind, campaign_id, points;
-- e: the highest bit set, from a logarithm corrected by a shift (the logarithm may be off by one)
INSERT INTO ledger_campaign_bucket (kind, campaign_id, bucket, listed, distinct_points)
    SELECT kind, campaign_id, bucket, SUM(listed), COUNT(*) FROM (
        SELECT kind, campaign_id, listed,
            CASE WHEN points < 512 THEN points ELSE (e - 8) * 256 + (points >> (e - 8)) END AS bucket
        FROM (
            SELECT kind, campaign_id, points, listed, CASE WHEN (points >> e0) > 1 THEN e0 + 1
                WHEN (points >> e0) = 0 THEN e0 - 1 ELSE e0 END AS e
            FROM (
                SELECT kind, campaign_id, points, listed, CAST(FLOOR(LN(points) / LN(2)) AS SIGNED) AS e0
                FROM ledger_campaign_points
            ) l
        ) x
    ) b
    GROUP BY kind, campaign_id, bucket;
INSERT INTO ledger_campaign_bucket (kind, campaign_id, bucket, listed, distinct_points)
    SELECT kind, campaign_id, 0, SUM(listed), 0 FROM ledger_campaign_points GROUP BY kind, campaign_id;
