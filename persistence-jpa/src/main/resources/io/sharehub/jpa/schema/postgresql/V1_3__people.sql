-- ShareHub schema 1.3, PostgreSQL: what ShareHub remembers about people.

CREATE TABLE sh_person (
    id VARCHAR(128) COLLATE "C" NOT NULL,
    unit VARCHAR(128) COLLATE "C",
    unit_at NUMERIC(27, 9),
    merged_into VARCHAR(128) COLLATE "C",
    owner_id VARCHAR(128) COLLATE "C",
    owner_bound_at NUMERIC(27, 9),
    CONSTRAINT pk_sh_person PRIMARY KEY (id)
);
CREATE INDEX ix_sh_person_merged ON sh_person (merged_into);
CREATE INDEX ix_sh_person_owner ON sh_person (owner_id);
