-- Append a reviewer's decision to the audit trail.
INSERT INTO contradiction_events (contradiction_id, event_at, who, action, old_status, new_status, value, note)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);
