-- The review items (dispute ids: one per kind × subject × attribute × qualifier, as warehouse.agreement.dispute_id
-- hashes their alias keys) an incremental reconciliation recomputes: those of the facts of the `touched` articles
-- now (`fresh`, reconcile_fresh_facts.sql), and those their previous facts were ranked in (facts replaced by a
-- re-extraction).
WITH groups AS (
    SELECT DISTINCT kind, alias_key(subject) AS s, alias_key(attribute) AS a,
           alias_key(coalesce(qualifier, '')) AS q
    FROM fresh
)
SELECT left(sha1(concat_ws(chr(31), 'dispute', kind, s, a, q)), 12) AS dispute_id FROM groups
UNION
SELECT coalesce(c.dispute_id,
                left(sha1(concat_ws(chr(31), 'dispute', c.kind, alias_key(c.subject), alias_key(c.attribute),
                                    alias_key(coalesce(c.qualifier, '')))), 12))
FROM consensus_values c
WHERE c.key_id IN (SELECT key_id FROM reconciled_facts WHERE article_id IN (SELECT article_id FROM touched));
