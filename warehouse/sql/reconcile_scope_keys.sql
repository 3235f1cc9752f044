-- The stored keys (consensus_values.key_id) and their review items (dispute_id) of the items in `scope`
-- (see reconcile_scope.sql). A row stored before items had ids (0010_one_dispute) gets its id computed.
SELECT c.key_id, c.dispute_id
FROM consensus_values c
WHERE coalesce(c.dispute_id,
               left(sha1(concat_ws(chr(31), 'dispute', c.kind, alias_key(c.subject), alias_key(c.attribute),
                                   alias_key(coalesce(c.qualifier, '')))), 12))
      IN (SELECT dispute_id FROM scope);
