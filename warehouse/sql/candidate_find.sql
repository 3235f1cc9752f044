-- One discovered candidate: (name, kind).
SELECT name, status FROM entity_candidates WHERE name = ? AND kind = ?;
