-- Risk register settings and records (schema 4): the scoring matrix (one row, id 'default'),
-- workshop rounds (the committee's votes and the consensus the chair recorded) and the answers
-- given to suggested risks. Same shape as every entity table, so they go through the change log.

CREATE TABLE scoring_matrix (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);

CREATE TABLE workshop_round (
    id      TEXT PRIMARY KEY,
    data    TEXT NOT NULL CHECK (json_valid(data)),
    risk_id TEXT GENERATED ALWAYS AS (json_extract(data, '$.riskId')) VIRTUAL
);

CREATE TABLE suggestion_decision (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);
