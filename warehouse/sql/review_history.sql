-- A contradiction's history, oldest first; parameter: its id.
SELECT event_at, who, action, old_status, new_status, value, note, load_id
FROM contradiction_events
WHERE contradiction_id = ?
ORDER BY event_id;
