-- ShareHub schema 1.3, H2: what ShareHub remembers about people.

CREATE TABLE sh_person (
    id VARCHAR(256) NOT NULL,
    unit VARCHAR(256),
    unit_at DECIMAL(27, 9),
    merged_into VARCHAR(256),
    owner_id VARCHAR(256),
    owner_bound_at DECIMAL(27, 9),
    CONSTRAINT pk_sh_person PRIMARY KEY (id)
);
CREATE INDEX ix_sh_person_merged ON sh_person (merged_into);
CREATE INDEX ix_sh_person_owner ON sh_person (owner_id);
