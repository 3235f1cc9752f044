-- The groups (kind, subject, attribute, qualifier as alias keys) an incremental reconciliation recomputes:
-- those of the facts of the `touched` articles now, and those their previous facts were ranked in (facts
-- replaced by a re-extraction).
SELECT 'score' AS kind, alias_key(model) AS s, alias_key(benchmark) AS a, '' AS q
FROM scores WHERE article_id IN (SELECT article_id FROM touched)
UNION
SELECT 'attribute', alias_key(subject), alias_key(attribute), alias_key(coalesce(qualifier, ''))
FROM attributes WHERE article_id IN (SELECT article_id FROM touched)
UNION
SELECT 'attribute', alias_key(model), alias_key('price_' || direction || '_per_mtok'), ''
FROM prices WHERE article_id IN (SELECT article_id FROM touched)
UNION
SELECT c.kind, alias_key(c.subject), alias_key(c.attribute), alias_key(coalesce(c.qualifier, ''))
FROM consensus_values c
WHERE c.key_id IN (SELECT key_id FROM reconciled_facts WHERE article_id IN (SELECT article_id FROM touched));
