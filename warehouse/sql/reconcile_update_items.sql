-- Contradictions whose status, presence or seen values changed; `incoming` is a registered Arrow table.
UPDATE contradiction_items SET
    status = incoming.status,
    present = incoming.present,
    values_seen = incoming.values_seen,
    resolved_value = incoming.resolved_value,
    decided_by = incoming.decided_by,
    decided_at = incoming.decided_at,
    note = incoming.note,
    updated_at = incoming.updated_at,
    load_id = coalesce(incoming.load_id, contradiction_items.load_id)
FROM incoming
WHERE contradiction_items.contradiction_id = incoming.contradiction_id;
