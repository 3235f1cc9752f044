-- The facts of some articles (`articles`, a registered table of article ids) read from the views, in
-- reconcile_facts.sql's columns: an incremental reconciliation reads the touched articles' facts once
-- (reconcile_scope.sql finds their items from them) and, rarely, those of articles ranked before
-- 0080_reconciled_fact_names (reconcile_facts_scoped.sql). Scores are read from score_facts with the names
-- the `scores` view gives them (its alias joins, 0001_initial.sql): the rows are picked by rowid first, which
-- DuckDB pushes into the scan, so only the touched articles' facts are read, not a million evidence
-- sentences (tests/test_parallel.py checks an incremental pass against a full one, which reads the view).
WITH score_rows AS (
    SELECT rowid AS rid FROM score_facts WHERE article_id IN (SELECT article_id FROM articles)
),
article_info AS (  -- the same way, only the articles' rows of article_rows
    SELECT * FROM article_rows
    WHERE rowid IN (SELECT rowid FROM article_rows WHERE article_id IN (SELECT article_id FROM articles))
),
facts AS (
    SELECT 'score' AS kind, f.fact_id, coalesce(m.canonical, f.model) AS subject,
           coalesce(b.canonical, f.benchmark) AS attribute, CAST(NULL AS VARCHAR) AS qualifier, f.setting, f.unit,
           f.article_id, CAST(NULL AS VARCHAR) AS copy_group, f.value AS num, CAST(NULL AS VARCHAR) AS text_value,
           f.evidence
    FROM score_facts f
    LEFT JOIN entity_aliases m ON m.kind = 'model' AND m.alias_key = alias_key(f.model)
    LEFT JOIN entity_aliases b ON b.kind = 'benchmark' AND b.alias_key = alias_key(f.benchmark)
    WHERE f.rowid IN (SELECT rid FROM score_rows)
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, subject, attribute, qualifier, setting, CAST(NULL AS VARCHAR) AS unit,
           article_id, copy_group, CAST(NULL AS DOUBLE) AS num, value AS text_value, evidence
    FROM articles JOIN attributes USING (article_id)
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, model, 'price_' || direction || '_per_mtok', CAST(NULL AS VARCHAR),
           setting, CAST(NULL AS VARCHAR), article_id, copy_group, CAST(NULL AS DOUBLE),
           CAST(usd_per_mtok AS VARCHAR), evidence
    FROM articles JOIN prices USING (article_id)
)
SELECT f.fact_id, f.kind, f.subject, f.attribute, f.qualifier, f.setting, f.unit, f.article_id,
       coalesce(f.copy_group, a.copy_group, f.article_id) AS vote_unit,
       coalesce(nullif(regexp_extract(coalesce(a.canonical_url, a.url), '^https?://(?:www\.)?([^/:?#]+)', 1), ''),
                a.source, 'unknown') AS publisher,
       coalesce(a.source_kind, 'news') AS source_kind,
       f.num, f.text_value, f.evidence,
       CAST(NULL AS VARCHAR) AS stored_value, CAST(NULL AS INTEGER) AS stored_decimals
FROM facts f
JOIN article_info a USING (article_id);
