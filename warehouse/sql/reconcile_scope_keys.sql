-- The stored keys (consensus_values.key_id) and their review items (dispute_id) of the groups in `scope`
-- (see reconcile_scope.sql).
SELECT c.key_id, c.dispute_id
FROM consensus_values c
JOIN scope s ON s.kind = c.kind AND s.s = alias_key(c.subject) AND s.a = alias_key(c.attribute)
            AND s.q = alias_key(coalesce(c.qualifier, ''));
