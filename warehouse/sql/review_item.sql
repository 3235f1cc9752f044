-- Review items whose id starts with the given prefix (an item merged into another names it in merged_into).
SELECT contradiction_id, kind, subject, attribute, qualifier, setting, status, present, values_seen,
       resolved_value, decided_by, decided_at, note, opened_at, updated_at, merged_into
FROM contradiction_items
WHERE starts_with(contradiction_id, ?)
ORDER BY contradiction_id
LIMIT 20;
