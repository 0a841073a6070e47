-- ShareHub schema 1.1, PostgreSQL: the catalog (categories, materials) and its search index.
-- Ids are COLLATE "C": compared exactly and ordered by code point. Instants are epoch seconds
-- with nanoseconds in NUMERIC(27, 9). JSON columns hold values as given, for reading back.

CREATE TABLE sh_category (
    id VARCHAR(128) COLLATE "C" NOT NULL,
    parent_id VARCHAR(128) COLLATE "C",
    name VARCHAR(100) NOT NULL,
    sort_position INTEGER NOT NULL,
    visibility TEXT NOT NULL,
    created_at NUMERIC(27, 9) NOT NULL,
    CONSTRAINT pk_sh_category PRIMARY KEY (id)
);
CREATE INDEX ix_sh_category_parent ON sh_category (parent_id);

CREATE TABLE sh_material (
    id VARCHAR(128) COLLATE "C" NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    material_type VARCHAR(16) NOT NULL,
    file_ref VARCHAR(2000),
    status VARCHAR(16) NOT NULL,
    publish_at NUMERIC(27, 9),
    created_at NUMERIC(27, 9) NOT NULL,
    updated_at NUMERIC(27, 9) NOT NULL,
    tags TEXT NOT NULL,
    category_ids TEXT NOT NULL,
    attributes TEXT NOT NULL,
    visibility TEXT NOT NULL,
    download_visibility TEXT,
    access_rule TEXT NOT NULL,
    audience_count INTEGER NOT NULL,
    newest_group SMALLINT NOT NULL,
    newest_at NUMERIC(27, 9) NOT NULL,
    CONSTRAINT pk_sh_material PRIMARY KEY (id)
);
CREATE INDEX ix_sh_material_newest ON sh_material (newest_group, newest_at, id);
CREATE INDEX ix_sh_material_live ON sh_material (status, publish_at);

-- The categories a material is directly in.
CREATE TABLE sh_material_category (
    material_id VARCHAR(128) COLLATE "C" NOT NULL,
    category_id VARCHAR(128) COLLATE "C" NOT NULL,
    CONSTRAINT pk_sh_material_category PRIMARY KEY (material_id, category_id)
);
CREATE INDEX ix_sh_material_category ON sh_material_category (category_id, material_id);

-- Tag keys (NFKC, lower case) for tag filters; long keys are hashed (see SearchKeys).
CREATE TABLE sh_material_tag (
    material_id VARCHAR(128) COLLATE "C" NOT NULL,
    tag_key VARCHAR(72) COLLATE "C" NOT NULL,
    CONSTRAINT pk_sh_material_tag PRIMARY KEY (material_id, tag_key)
);
CREATE INDEX ix_sh_material_tag ON sh_material_tag (tag_key, material_id);

-- The search index: one row per token of a material, with the fields it occurs in.
CREATE TABLE sh_material_token (
    material_id VARCHAR(128) COLLATE "C" NOT NULL,
    token_key VARCHAR(72) COLLATE "C" NOT NULL,
    in_title SMALLINT NOT NULL,
    in_tags SMALLINT NOT NULL,
    in_other SMALLINT NOT NULL,
    CONSTRAINT pk_sh_material_token PRIMARY KEY (material_id, token_key)
);
CREATE INDEX ix_sh_material_token ON sh_material_token (token_key, material_id);

-- The INTERNAL audiences of a material's effective rule, for the listing filter: per audience a
-- marker row (A), and E (all employees), G (a group) or P (a person) rows.
CREATE TABLE sh_material_audience (
    material_id VARCHAR(128) COLLATE "C" NOT NULL,
    audience_no INTEGER NOT NULL,
    kind CHAR(1) NOT NULL,
    name VARCHAR(128) COLLATE "C" NOT NULL,
    CONSTRAINT pk_sh_material_audience PRIMARY KEY (material_id, audience_no, kind, name)
);
