-- The facts an incremental reconciliation compares (see reconcile_scope.sql), in reconcile_facts.sql's
-- columns: the facts of the touched articles, read from the views, and the facts of other articles ranked
-- last time in the stored keys recomputed, read from reconciled_facts alone with the names, setting and value
-- stored for them then (stored_value and stored_decimals; text_value is the stored value). Such a fact has
-- not changed since: its article was not loaded again, and a change to the alias registry recomputes
-- everything. A row stored before it kept its names (0080_reconciled_fact_names) is read from the views.
-- `touched` (articles) and `stored` (the rows of the stored keys, reconcile_stored_ranks.sql) are registered.
WITH kept AS MATERIALIZED (
    SELECT * EXCLUDE (rid)
    FROM stored
    WHERE article_id NOT IN (SELECT article_id FROM touched)
),
chosen AS (  -- the articles whose facts are read from the views (joined to them: DuckDB then filters early)
    SELECT article_id FROM touched
    UNION
    SELECT article_id FROM kept WHERE subject IS NULL
),
facts AS (
    SELECT 'score' AS kind, fact_id, model AS subject, benchmark AS attribute, CAST(NULL AS VARCHAR) AS qualifier,
           setting, unit, article_id, copy_group, value AS num, CAST(NULL AS VARCHAR) AS text_value, evidence
    FROM chosen JOIN scores USING (article_id)
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, subject, attribute, qualifier, setting, CAST(NULL AS VARCHAR) AS unit,
           article_id, copy_group, CAST(NULL AS DOUBLE) AS num, value AS text_value, evidence
    FROM chosen JOIN attributes USING (article_id)
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, model, 'price_' || direction || '_per_mtok', CAST(NULL AS VARCHAR),
           setting, CAST(NULL AS VARCHAR), article_id, copy_group, CAST(NULL AS DOUBLE),
           CAST(usd_per_mtok AS VARCHAR), evidence
    FROM chosen JOIN prices USING (article_id)
)
SELECT f.fact_id, f.kind, f.subject, f.attribute, f.qualifier, f.setting, f.unit, f.article_id,
       coalesce(f.copy_group, f.article_id) AS vote_unit,
       coalesce(nullif(regexp_extract(coalesce(a.canonical_url, a.url), '^https?://(?:www\.)?([^/:?#]+)', 1), ''),
                a.source, 'unknown') AS publisher,
       coalesce(a.source_kind, 'news') AS source_kind,
       f.num, f.text_value, f.evidence,
       CAST(NULL AS VARCHAR) AS stored_value, CAST(NULL AS INTEGER) AS stored_decimals
FROM facts f
JOIN article_rows a USING (article_id)
WHERE f.article_id IN (SELECT article_id FROM touched)
   OR f.fact_id IN (SELECT fact_id FROM kept WHERE subject IS NULL)
UNION ALL
SELECT fact_id, kind, subject, attribute, qualifier, stated_setting, unit, article_id, vote_unit, publisher,
       source_kind, value_num, value, NULL, value, decimals
FROM kept
WHERE subject IS NOT NULL
ORDER BY kind, fact_id;
