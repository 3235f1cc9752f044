-- A reviewer's decision on a discovered candidate: (status, name, kind).
UPDATE entity_candidates SET status = ? WHERE name = ? AND kind = ?;
