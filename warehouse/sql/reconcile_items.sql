-- The durable contradiction records reconciliation compares the facts with.
SELECT contradiction_id, status, present, values_seen, resolved_value, decided_by, decided_at, note
FROM contradiction_items;
