-- The groups (kind, subject, attribute, qualifier as alias keys) an incremental reconciliation recomputes:
-- those of the facts of articles loaded since the last reconciliation (or given in `changed`: articles whose
-- copy group moved), and those their previous facts were ranked in (facts replaced by a re-extraction).
WITH touched AS (
    SELECT article_id FROM article_rows
    WHERE load_id IN (SELECT load_id FROM loads WHERE NOT coalesce(reconciled, false))
    UNION
    SELECT article_id FROM changed
)
SELECT 'score' AS kind, alias_key(model) AS s, alias_key(benchmark) AS a, '' AS q
FROM scores WHERE article_id IN (SELECT article_id FROM touched)
UNION
SELECT 'attribute', alias_key(subject), alias_key(attribute), alias_key(coalesce(qualifier, ''))
FROM attributes WHERE article_id IN (SELECT article_id FROM touched)
UNION
SELECT c.kind, alias_key(c.subject), alias_key(c.attribute), alias_key(coalesce(c.qualifier, ''))
FROM consensus_values c
WHERE c.key_id IN (SELECT key_id FROM reconciled_facts WHERE article_id IN (SELECT article_id FROM touched));
