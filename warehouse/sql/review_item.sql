-- One contradiction record by id.
SELECT contradiction_id, kind, subject, attribute, qualifier, setting, status, present, values_seen,
       resolved_value, decided_by, decided_at, note, opened_at, updated_at
FROM contradiction_items
WHERE contradiction_id = ?;
