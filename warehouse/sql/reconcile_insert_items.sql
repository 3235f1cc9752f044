-- Newly opened contradictions; `incoming` (an Arrow table) has their state, the key comes from the consensus.
INSERT INTO contradiction_items (contradiction_id, kind, subject, attribute, qualifier, setting, status, present,
                                 values_seen, opened_at, updated_at, load_id)
SELECT i.contradiction_id, c.kind, c.subject, c.attribute, c.qualifier, c.setting, i.status, i.present,
       i.values_seen, i.updated_at, i.updated_at, i.load_id
FROM incoming i
JOIN consensus_values c ON c.key_id = i.contradiction_id;
