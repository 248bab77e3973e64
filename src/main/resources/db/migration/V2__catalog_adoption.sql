-- Which version of each framework catalog the register's mappings were made against, so a newer
-- shipped catalog can be compared and adopted deliberately rather than silently.
CREATE TABLE catalog_adoption (
    catalog_id TEXT PRIMARY KEY,
    version    TEXT NOT NULL,
    adopted_at TEXT NOT NULL,
    adopted_by TEXT NOT NULL,
    -- the adopted version's ref -> title, so the next shipped version can be compared with it
    clause_titles TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(clause_titles))
);
