-- The durable review items reconciliation compares the facts with (items merged into another are history).
SELECT contradiction_id, status, present, values_seen, resolved_value, decided_by, decided_at, note
FROM contradiction_items
WHERE merged_into IS NULL;
