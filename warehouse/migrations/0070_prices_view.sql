-- Prices get a view of their own. `attributes` keeps the facts that describe a model (sizes, context window,
-- release date, leaderboard rank); `prices` holds what a model costs, in US dollars per million tokens, as a
-- number a user can compare. Both read attribute_facts; reconciliation reads both.
CREATE OR REPLACE VIEW attributes AS
SELECT coalesce(m.canonical, f.subject) AS subject,
       f.attribute,
       coalesce(b.canonical, f.qualifier) AS qualifier,
       f.value,
       a.url AS article_url,
       f.evidence, f.setting,
       f.article_id, a.canonical_url, a.source, a.copy_group, a.published_at,
       f.char_start, f.char_end, f.confidence, f.method, f.extractor_version, f.load_id, f.fact_id
FROM attribute_facts f
JOIN article_rows a USING (article_id)
LEFT JOIN entity_aliases m ON m.kind = 'model' AND m.alias_key = alias_key(f.subject)
LEFT JOIN entity_aliases b ON b.kind = 'benchmark' AND b.alias_key = alias_key(f.qualifier)
WHERE f.attribute NOT IN ('price_input_per_mtok', 'price_output_per_mtok');

CREATE VIEW prices AS
SELECT coalesce(m.canonical, f.subject) AS model,
       CASE f.attribute WHEN 'price_input_per_mtok' THEN 'input' ELSE 'output' END AS direction,
       TRY_CAST(f.value AS DOUBLE) AS usd_per_mtok,
       a.url AS article_url,
       f.evidence, f.setting,
       f.article_id, a.canonical_url, a.source, a.copy_group, a.published_at,
       f.char_start, f.char_end, f.confidence, f.method, f.extractor_version, f.load_id, f.fact_id
FROM attribute_facts f
JOIN article_rows a USING (article_id)
LEFT JOIN entity_aliases m ON m.kind = 'model' AND m.alias_key = alias_key(f.subject)
WHERE f.attribute IN ('price_input_per_mtok', 'price_output_per_mtok');
