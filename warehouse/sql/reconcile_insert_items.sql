-- Newly opened review items (one per subject × attribute in dispute); `incoming` is a registered Arrow table.
INSERT INTO contradiction_items (contradiction_id, kind, subject, attribute, qualifier, setting, status, present,
                                 values_seen, opened_at, updated_at, load_id)
SELECT contradiction_id, kind, subject, attribute, qualifier, NULL, status, present, values_seen, updated_at,
       updated_at, load_id
FROM incoming;
