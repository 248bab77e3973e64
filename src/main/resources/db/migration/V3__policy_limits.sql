-- Register-wide policy limits (maximum token lifetime, credential age) as one JSON row with id 'default'.
CREATE TABLE policy_limits (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);
