-- ShareHub schema 1.3, MySQL/MariaDB: what ShareHub remembers about people.

CREATE TABLE sh_person (
    id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    unit VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    unit_at DECIMAL(27, 9),
    merged_into VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    owner_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    owner_bound_at DECIMAL(27, 9),
    CONSTRAINT pk_sh_person PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sh_person_merged ON sh_person (merged_into);
CREATE INDEX ix_sh_person_owner ON sh_person (owner_id);
