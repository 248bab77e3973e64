-- Which version of each framework catalog the register's mappings were made against, so a newer
-- shipped catalog can be compared and adopted deliberately rather than silently.
CREATE TABLE catalog_adoption (
    catalog_id TEXT PRIMARY KEY,
    version    TEXT NOT NULL,
    adopted_at TEXT NOT NULL,
    adopted_by TEXT NOT NULL
);

-- Register-wide settings (scoring matrix, policy limits) as JSON values.
CREATE TABLE register_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
);
