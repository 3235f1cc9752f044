-- Record a reviewer's decision on a contradiction (the event row is written alongside).
UPDATE contradiction_items
SET status = ?, resolved_value = ?, decided_by = ?, decided_at = ?, note = ?, values_seen = ?, updated_at = ?
WHERE contradiction_id = ?;
