-- History rows (opened, reopened, gone, back, and reviewers' decisions); `incoming` is an Arrow table.
INSERT INTO contradiction_events (contradiction_id, event_at, who, action, old_status, new_status, value, note, load_id)
SELECT contradiction_id, event_at, who, action, old_status, new_status, value, note, load_id FROM incoming;
