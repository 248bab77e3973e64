-- Recurring governance activities (monthly committee meeting, quarterly access review, ...) that
-- keep the programme going after the 90-day roadmap. Occurrences are computed, not stored.
CREATE TABLE recurring_activity (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL CHECK (json_valid(data))
);
