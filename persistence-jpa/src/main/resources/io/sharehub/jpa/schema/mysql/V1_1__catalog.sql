-- ShareHub schema 1.1, MySQL/MariaDB: the catalog (categories, materials) and its search index.
-- Ids are utf8mb4_nopad_bin (MySQL 8: utf8mb4_0900_bin): compared exactly, trailing spaces
-- included, and ordered by code point; text is utf8mb4. Instants are epoch seconds
-- with nanoseconds in DECIMAL(27, 9). JSON columns hold values as given, for reading back.

CREATE TABLE sh_category (
    id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    parent_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    name VARCHAR(100) NOT NULL,
    sort_position INTEGER NOT NULL,
    visibility MEDIUMTEXT NOT NULL,
    created_at DECIMAL(27, 9) NOT NULL,
    CONSTRAINT pk_sh_category PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sh_category_parent ON sh_category (parent_id);

CREATE TABLE sh_material (
    id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    material_type VARCHAR(16) NOT NULL,
    file_ref VARCHAR(2000),
    status VARCHAR(16) NOT NULL,
    publish_at DECIMAL(27, 9),
    created_at DECIMAL(27, 9) NOT NULL,
    updated_at DECIMAL(27, 9) NOT NULL,
    tags MEDIUMTEXT NOT NULL,
    category_ids MEDIUMTEXT NOT NULL,
    attributes MEDIUMTEXT NOT NULL,
    visibility MEDIUMTEXT NOT NULL,
    download_visibility MEDIUMTEXT,
    access_rule MEDIUMTEXT NOT NULL,
    audience_count INTEGER NOT NULL,
    newest_group SMALLINT NOT NULL,
    newest_at DECIMAL(27, 9) NOT NULL,
    CONSTRAINT pk_sh_material PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sh_material_newest ON sh_material (newest_group, newest_at, id);
CREATE INDEX ix_sh_material_live ON sh_material (status, publish_at);

-- The categories a material is directly in.
CREATE TABLE sh_material_category (
    material_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    category_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    CONSTRAINT pk_sh_material_category PRIMARY KEY (material_id, category_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sh_material_category ON sh_material_category (category_id, material_id);

-- Tag keys (NFKC, lower case) for tag filters; long keys are hashed (see SearchKeys).
CREATE TABLE sh_material_tag (
    material_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    tag_key VARCHAR(72) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    CONSTRAINT pk_sh_material_tag PRIMARY KEY (material_id, tag_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sh_material_tag ON sh_material_tag (tag_key, material_id);

-- The search index: one row per token of a material, with the fields it occurs in.
CREATE TABLE sh_material_token (
    material_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    token_key VARCHAR(72) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    in_title SMALLINT NOT NULL,
    in_tags SMALLINT NOT NULL,
    in_other SMALLINT NOT NULL,
    CONSTRAINT pk_sh_material_token PRIMARY KEY (material_id, token_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sh_material_token ON sh_material_token (token_key, material_id);

-- The INTERNAL audiences of a material's effective rule, for the listing filter: per audience a
-- marker row (A), and E (all employees), G (a group) or P (a person) rows.
CREATE TABLE sh_material_audience (
    material_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    audience_no INTEGER NOT NULL,
    kind CHAR(1) NOT NULL,
    name VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    CONSTRAINT pk_sh_material_audience PRIMARY KEY (material_id, audience_no, kind, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
