-- Merge: every alias of the merged entity now names the target: (target, source, kind). A reviewer's decision.
UPDATE entity_aliases SET canonical = ?, origin = 'review' WHERE canonical = ? AND kind = ?;
