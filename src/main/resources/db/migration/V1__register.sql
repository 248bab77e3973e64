-- Steward register, schema 1. Each entity is one row: its id and its JSON (the domain record as
-- Jackson writes it). A few generated columns make the file queryable with any SQLite tool.

CREATE TABLE register_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE person (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data)),
    name TEXT GENERATED ALWAYS AS (json_extract(data, '$.name')) VIRTUAL
);

CREATE TABLE agent (
    id        TEXT PRIMARY KEY,
    data      TEXT NOT NULL CHECK (json_valid(data)),
    name      TEXT GENERATED ALWAYS AS (json_extract(data, '$.name')) VIRTUAL,
    lifecycle TEXT GENERATED ALWAYS AS (json_extract(data, '$.lifecycle')) VIRTUAL,
    sanction  TEXT GENERATED ALWAYS AS (json_extract(data, '$.provenance.sanction')) VIRTUAL
);

CREATE TABLE risk_category (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data)),
    name TEXT GENERATED ALWAYS AS (json_extract(data, '$.name')) VIRTUAL
);

CREATE TABLE risk (
    id    TEXT PRIMARY KEY,
    data  TEXT NOT NULL CHECK (json_valid(data)),
    title TEXT GENERATED ALWAYS AS (json_extract(data, '$.title')) VIRTUAL
);

CREATE TABLE control (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data)),
    name TEXT GENERATED ALWAYS AS (json_extract(data, '$.name')) VIRTUAL
);

CREATE TABLE mapping (
    id         TEXT PRIMARY KEY,
    data       TEXT NOT NULL CHECK (json_valid(data)),
    control_id TEXT GENERATED ALWAYS AS (json_extract(data, '$.controlId')) VIRTUAL
);

CREATE TABLE roadmap_task (
    id    TEXT PRIMARY KEY,
    data  TEXT NOT NULL CHECK (json_valid(data)),
    title TEXT GENERATED ALWAYS AS (json_extract(data, '$.title')) VIRTUAL
);

CREATE TABLE approval (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);

CREATE TABLE incident (
    id    TEXT PRIMARY KEY,
    data  TEXT NOT NULL CHECK (json_valid(data)),
    title TEXT GENERATED ALWAYS AS (json_extract(data, '$.title')) VIRTUAL
);

CREATE TABLE evidence (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);

-- Evidence files live inside the register, addressed by their SHA-256, never by a path that can move.
CREATE TABLE evidence_blob (
    sha256  TEXT PRIMARY KEY,
    content BLOB NOT NULL
);

CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);

CREATE INDEX change_log_entity ON change_log (entity_type, entity_id);

-- Append-only inside the app. Someone with a plain SQLite tool can drop these triggers; the hash
-- chain (and the head kept in register_meta) is what then tells.
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
