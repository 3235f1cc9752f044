-- The durable review items an incremental reconciliation judges (reconcile_items.sql's columns): those of
-- `item_scope` (a registered table of ids: the items it recomputes, before and after), not every item.
SELECT contradiction_id, status, present, values_seen, resolved_value, decided_by, decided_at, note
FROM contradiction_items
WHERE merged_into IS NULL AND contradiction_id IN (SELECT contradiction_id FROM item_scope);
