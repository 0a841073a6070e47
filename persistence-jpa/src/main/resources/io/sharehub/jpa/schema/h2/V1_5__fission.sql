-- ShareHub 1.5: fission tracking (H2 2.x): campaigns, shares, the share graph, visits,
-- referrals and their counters.
--
-- H2 counts lengths in UTF-16 units, so ids (128 code points) are VARCHAR(256) and titles twice
-- their limit. H2 compares ids exactly; the stores order them by code point through
-- CAST(id AS VARBINARY), their UTF-8 bytes. Instants are NUMERIC(38, 0) nanoseconds since
-- 1970-01-01T00:00Z, exact for every java.time.Instant.
-- First touch and every idempotency id rest on primary and unique keys: the store inserts with
-- MERGE ... WHEN NOT MATCHED and reads the row count. Counters change by "SET n = n + ?".

CREATE TABLE fission_campaign (
    campaign_id     VARCHAR(256) NOT NULL,
    title           VARCHAR(400) NOT NULL,
    material_id     VARCHAR(256),
    start_ns        NUMERIC(38, 0),
    end_ns          NUMERIC(38, 0),
    reward_points   VARCHAR(64) NOT NULL,
    created_ns      NUMERIC(38, 0) NOT NULL,
    CONSTRAINT fission_campaign_pk PRIMARY KEY (campaign_id)
);

-- A campaign's counters: one hot row per campaign, changed by atomic increments only.
CREATE TABLE fission_campaign_stat (
    campaign_id     VARCHAR(256) NOT NULL,
    read_count      BIGINT NOT NULL,
    unique_visitors BIGINT NOT NULL,
    sharers         BIGINT NOT NULL,
    new_referrals   BIGINT NOT NULL,
    CONSTRAINT fission_campaign_stat_pk PRIMARY KEY (campaign_id)
);

-- Share actions per campaign and channel.
CREATE TABLE fission_campaign_channel (
    campaign_id     VARCHAR(256) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    shares          BIGINT NOT NULL,
    CONSTRAINT fission_campaign_channel_pk PRIMARY KEY (campaign_id, channel)
);

-- The deepest level of a campaign's graph, raised as nodes are inserted.
CREATE TABLE fission_graph (
    campaign_id     VARCHAR(256) NOT NULL,
    max_depth       INTEGER NOT NULL,
    CONSTRAINT fission_graph_pk PRIMARY KEY (campaign_id)
);

-- Shares, stable per (person, campaign, channel).
CREATE TABLE fission_share (
    share_id        BIGINT NOT NULL,
    person_id       VARCHAR(256) NOT NULL,
    campaign_id     VARCHAR(256) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    created_ns      NUMERIC(38, 0) NOT NULL,
    CONSTRAINT fission_share_pk PRIMARY KEY (share_id),
    CONSTRAINT fission_share_key UNIQUE (person_id, campaign_id, channel)
);

-- Share actions under their request id, unique across the hub.
CREATE TABLE fission_share_action (
    request_id      VARCHAR(256) NOT NULL,
    share_id        BIGINT NOT NULL,
    person_id       VARCHAR(256) NOT NULL,
    campaign_id     VARCHAR(256) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    at_ns           NUMERIC(38, 0) NOT NULL,
    task_completed  BOOLEAN NOT NULL,
    CONSTRAINT fission_share_action_pk PRIMARY KEY (request_id)
);
CREATE INDEX fission_share_action_person ON fission_share_action (person_id);

-- Who shared a campaign, and who visited it: sets, one row per member.
CREATE TABLE fission_sharer (
    campaign_id     VARCHAR(256) NOT NULL,
    person_id       VARCHAR(256) NOT NULL,
    CONSTRAINT fission_sharer_pk PRIMARY KEY (campaign_id, person_id)
);
CREATE INDEX fission_sharer_person ON fission_sharer (person_id);

CREATE TABLE fission_visitor (
    campaign_id     VARCHAR(256) NOT NULL,
    visitor_id      VARCHAR(256) NOT NULL,
    CONSTRAINT fission_visitor_pk PRIMARY KEY (campaign_id, visitor_id)
);
CREATE INDEX fission_visitor_visitor ON fission_visitor (visitor_id);

-- The share graph: one node per (campaign, person); the key is the first-touch rule.
CREATE TABLE fission_node (
    campaign_id     VARCHAR(256) NOT NULL,
    person_id       VARCHAR(256) NOT NULL,
    parent_id       VARCHAR(256),
    depth           INTEGER NOT NULL,
    entry_channel   VARCHAR(8) NOT NULL,
    joined_ns       NUMERIC(38, 0) NOT NULL,
    referral_id     VARCHAR(256),
    reversed        BOOLEAN NOT NULL,
    CONSTRAINT fission_node_pk PRIMARY KEY (campaign_id, person_id)
);
CREATE INDEX fission_node_parent ON fission_node (campaign_id, parent_id, joined_ns);
CREATE INDEX fission_node_person ON fission_node (person_id);
CREATE INDEX fission_node_referral ON fission_node (referral_id);

-- Visits under their visit id, unique across the hub.
CREATE TABLE fission_visit (
    visit_id        VARCHAR(256) NOT NULL,
    share_id        BIGINT NOT NULL,
    campaign_id     VARCHAR(256) NOT NULL,
    sharer_id       VARCHAR(256) NOT NULL,
    visitor_id      VARCHAR(256) NOT NULL,
    at_ns           NUMERIC(38, 0) NOT NULL,
    referral_id     VARCHAR(256),
    entry_channel   VARCHAR(8),
    CONSTRAINT fission_visit_pk PRIMARY KEY (visit_id)
);
CREATE INDEX fission_visit_sharer ON fission_visit (sharer_id);
CREATE INDEX fission_visit_visitor ON fission_visit (visitor_id);

-- New referrals; payouts are a JSON array of [level, account, points]; flagged is whether a
-- fraud rule gave a flag reason, indexed for the review list.
CREATE TABLE fission_referral (
    referral_id     VARCHAR(256) NOT NULL,
    campaign_id     VARCHAR(256) NOT NULL,
    sharer_id       VARCHAR(256) NOT NULL,
    visitor_id      VARCHAR(256) NOT NULL,
    at_ns           NUMERIC(38, 0) NOT NULL,
    entry_channel   VARCHAR(8) NOT NULL,
    flag_reason     VARCHAR(1000),
    flagged         BOOLEAN NOT NULL,
    reversed        BOOLEAN NOT NULL,
    payouts         VARCHAR(4000) NOT NULL,
    CONSTRAINT fission_referral_pk PRIMARY KEY (referral_id)
);
CREATE INDEX fission_referral_sharer ON fission_referral (sharer_id, at_ns);
CREATE INDEX fission_referral_visitor ON fission_referral (visitor_id);
CREATE INDEX fission_referral_flagged ON fission_referral (flagged, at_ns);

-- The first person each device was seen for.
CREATE TABLE fission_device (
    device_id       VARCHAR(256) NOT NULL,
    person_id       VARCHAR(256) NOT NULL,
    CONSTRAINT fission_device_pk PRIMARY KEY (device_id)
);
CREATE INDEX fission_device_person ON fission_device (person_id);

-- A promoter's counters in a campaign.
CREATE TABLE fission_promoter (
    campaign_id     VARCHAR(256) NOT NULL,
    person_id       VARCHAR(256) NOT NULL,
    shares          BIGINT NOT NULL,
    read_count      BIGINT NOT NULL,
    referrals       BIGINT NOT NULL,
    CONSTRAINT fission_promoter_pk PRIMARY KEY (campaign_id, person_id)
);
CREATE INDEX fission_promoter_person ON fission_promoter (person_id);

-- The visitors a promoter's links brought: first visit and visit count.
CREATE TABLE fission_promoter_visitor (
    campaign_id     VARCHAR(256) NOT NULL,
    promoter_id     VARCHAR(256) NOT NULL,
    visitor_id      VARCHAR(256) NOT NULL,
    first_ns        NUMERIC(38, 0) NOT NULL,
    visits          BIGINT NOT NULL,
    CONSTRAINT fission_promoter_visitor_pk PRIMARY KEY (campaign_id, promoter_id, visitor_id)
);
CREATE INDEX fission_promoter_visitor_visitor ON fission_promoter_visitor (visitor_id);
CREATE INDEX fission_promoter_visitor_promoter ON fission_promoter_visitor (promoter_id);
