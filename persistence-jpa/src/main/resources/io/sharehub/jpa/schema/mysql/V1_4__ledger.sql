-- ShareHub 1.4: the points ledger and the leaderboard counters (MariaDB 10.6 or later; the
-- entry sequence and the stores' per-statement settings are MariaDB's, not MySQL's).
--
-- Ids (and the kinds and channels in keys) are utf8mb4_nopad_bin: compared exactly (no padding,
-- no case folding) and ordered by code point; text is utf8mb4 and keeps four-byte characters.
-- Instants are DECIMAL(38, 0) nanoseconds since 1970-01-01T00:00Z, exact for every java.time.Instant, so that
-- counters can keep the later of two instants in one SQL expression.
-- Every balance, debt and counter changes by "SET n = n + ?" under the account's row lock; ledger
-- keys and referral ids are primary keys, so a concurrent duplicate fails its transaction.

-- One row per account: the balance and the debt. SELECT ... FOR UPDATE on it is the account lock.
CREATE TABLE ledger_account (
    account     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    balance     BIGINT NOT NULL,
    debt        BIGINT NOT NULL,
    CONSTRAINT ledger_account_pk PRIMARY KEY (account)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Entry sequence numbers, handed out 50 at a time by the JPA sequence generator (pooled), never
-- by an identity column, so that the entries of one operation go out as one JDBC batch.
CREATE SEQUENCE ledger_entry_seq START WITH 1 INCREMENT BY 50;

-- The append-only ledger.
CREATE TABLE ledger_entry (
    seq         BIGINT NOT NULL,
    account     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    amount      BIGINT NOT NULL,
    reason      VARCHAR(16) NOT NULL,
    campaign_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    referral_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    at_ns       DECIMAL(38, 0) NOT NULL,
    ledger_key  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    note        VARCHAR(500),
    CONSTRAINT ledger_entry_pk PRIMARY KEY (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ledger_entry_account ON ledger_entry (account, at_ns, seq);
CREATE INDEX ledger_entry_key ON ledger_entry (ledger_key);
CREATE INDEX ledger_entry_referral ON ledger_entry (referral_id);

-- Adjustments and redemptions as asked for, under their ledger key, unique across the hub.
CREATE TABLE ledger_keyed_operation (
    ledger_key  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    reason      VARCHAR(16) NOT NULL,
    account     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    amount      BIGINT NOT NULL,
    at_ns       DECIMAL(38, 0) NOT NULL,
    note        VARCHAR(500),
    CONSTRAINT ledger_keyed_operation_pk PRIMARY KEY (ledger_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Credited referrals, unique across the hub; a reversal locks the row.
CREATE TABLE ledger_referral (
    referral_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    campaign_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    at_ns       DECIMAL(38, 0) NOT NULL,
    day_no      BIGINT NOT NULL,
    payload     VARCHAR(4000) NOT NULL,
    reversed_ns DECIMAL(38, 0),
    CONSTRAINT ledger_referral_pk PRIMARY KEY (referral_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The awards of a referral, one row per level, apart from the referral's row so that a merge
-- moving them never waits on a referral a reversal holds. Campaign, day, instant and the reversal
-- mark are copied here so that edge days and reachedAt read this table alone.
CREATE TABLE ledger_award (
    referral_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    award_level INTEGER NOT NULL,
    account     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    amount      BIGINT NOT NULL,
    unit        VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    campaign_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    day_no      BIGINT NOT NULL,
    at_ns       DECIMAL(38, 0) NOT NULL,
    reversed    BOOLEAN NOT NULL,
    taken       BIGINT NOT NULL,
    debt_added  BIGINT NOT NULL,
    CONSTRAINT ledger_award_pk PRIMARY KEY (referral_id, award_level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ledger_award_account ON ledger_award (account, campaign_id);
CREATE INDEX ledger_award_unit ON ledger_award (unit, campaign_id);
CREATE INDEX ledger_award_day ON ledger_award (day_no, at_ns);

-- Leaderboard counters per (campaign, account) and (campaign, unit): kind ACCOUNT or UNIT.
CREATE TABLE ledger_campaign_counter (
    kind        VARCHAR(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    campaign_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    subject     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    points      BIGINT NOT NULL,
    invited     BIGINT NOT NULL,
    reached_ns  DECIMAL(38, 0),
    CONSTRAINT ledger_campaign_counter_pk PRIMARY KEY (kind, campaign_id, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ledger_campaign_counter_points ON ledger_campaign_counter (kind, campaign_id, points);

-- Leaderboard counters per (hub-zone day, account) and (hub-zone day, unit).
CREATE TABLE ledger_day_counter (
    kind        VARCHAR(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    day_no      BIGINT NOT NULL,
    subject     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    points      BIGINT NOT NULL,
    invited     BIGINT NOT NULL,
    reached_ns  DECIMAL(38, 0),
    CONSTRAINT ledger_day_counter_pk PRIMARY KEY (kind, day_no, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
