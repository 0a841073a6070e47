-- ShareHub schema 1.2, H2: engagement events, counters, day buckets, viewer and
-- favourite sets, heat accumulators.

CREATE TABLE sh_event (
    event_id VARCHAR(256) NOT NULL,
    person_id VARCHAR(256) NOT NULL,
    material_id VARCHAR(256) NOT NULL,
    event_type VARCHAR(32) NOT NULL,
    occurred_at DECIMAL(27, 9) NOT NULL,
    changed BOOLEAN NOT NULL,
    CONSTRAINT pk_sh_event PRIMARY KEY (event_id)
);
-- Edge-day counts and unique viewers of one material over a range.
CREATE INDEX ix_sh_event_material ON sh_event (material_id, event_type, occurred_at, person_id);
-- A person's history, and merges.
CREATE INDEX ix_sh_event_person ON sh_event (person_id, occurred_at);
-- The edge days of the most-popular list over a range.
CREATE INDEX ix_sh_event_time ON sh_event (occurred_at, material_id);

-- All-time counters per material.
CREATE TABLE sh_material_total (
    material_id VARCHAR(256) NOT NULL,
    views BIGINT NOT NULL,
    unique_viewers BIGINT NOT NULL,
    favorites BIGINT NOT NULL,
    favorites_added BIGINT NOT NULL,
    downloads BIGINT NOT NULL,
    shares BIGINT NOT NULL,
    CONSTRAINT pk_sh_material_total PRIMARY KEY (material_id)
);

-- Counters per material and hub-zone day (days since 1970-01-01).
CREATE TABLE sh_material_day (
    material_id VARCHAR(256) NOT NULL,
    epoch_day BIGINT NOT NULL,
    views BIGINT NOT NULL,
    favorites_added BIGINT NOT NULL,
    downloads BIGINT NOT NULL,
    shares BIGINT NOT NULL,
    CONSTRAINT pk_sh_material_day PRIMARY KEY (material_id, epoch_day)
);
CREATE INDEX ix_sh_material_day ON sh_material_day (epoch_day, material_id);

-- Who ever viewed a material: the unique-viewer set.
CREATE TABLE sh_material_viewer (
    material_id VARCHAR(256) NOT NULL,
    person_id VARCHAR(256) NOT NULL,
    CONSTRAINT pk_sh_material_viewer PRIMARY KEY (material_id, person_id)
);
CREATE INDEX ix_sh_material_viewer_person ON sh_material_viewer (person_id);

-- Current favourites.
CREATE TABLE sh_favorite (
    person_id VARCHAR(256) NOT NULL,
    material_id VARCHAR(256) NOT NULL,
    favorited_at DECIMAL(27, 9) NOT NULL,
    CONSTRAINT pk_sh_favorite PRIMARY KEY (person_id, material_id)
);

-- Pairs that ever favourited, so that only a first favourite scores heat.
CREATE TABLE sh_favorite_mark (
    person_id VARCHAR(256) NOT NULL,
    material_id VARCHAR(256) NOT NULL,
    CONSTRAINT pk_sh_favorite_mark PRIMARY KEY (person_id, material_id)
);

-- Heat accumulators per subject (PERSON, MATERIAL), id and time bucket.
CREATE TABLE sh_heat (
    subject VARCHAR(16) NOT NULL,
    subject_id VARCHAR(256) NOT NULL,
    bucket BIGINT NOT NULL,
    heat_value DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_sh_heat PRIMARY KEY (subject, subject_id, bucket)
);
