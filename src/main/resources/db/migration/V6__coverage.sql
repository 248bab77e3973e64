-- Coverage and EU AI Act work: per-clause applicability decisions (not applicable needs a justification;
-- also the ISO 42001 Statement of Applicability), each agent's AI Act classification with its reasons, and
-- the per-agent obligation checklist. Same shape as every entity table.

CREATE TABLE clause_applicability (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);

CREATE TABLE ai_act_classification (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);

CREATE TABLE obligation_record (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);
