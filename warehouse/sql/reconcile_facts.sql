-- The score and attribute facts reconciliation compares, in canonical names (the public views resolve
-- aliases), with what it needs of their article: copy group (copies vote once), publisher and source kind.
-- Column order is warehouse.reconcile.Fact's, then num, text_value, evidence, stored_value, stored_decimals.
-- A full pass: every fact, read from the views and parsed from its evidence (an incremental pass reads
-- reconcile_facts_scoped.sql).
WITH facts AS (
    SELECT 'score' AS kind, fact_id, model AS subject, benchmark AS attribute, CAST(NULL AS VARCHAR) AS qualifier,
           setting, unit, article_id, copy_group, value AS num, CAST(NULL AS VARCHAR) AS text_value, evidence
    FROM scores
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, subject, attribute, qualifier, setting, CAST(NULL AS VARCHAR) AS unit,
           article_id, copy_group, CAST(NULL AS DOUBLE) AS num, value AS text_value, evidence
    FROM attributes
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, model, 'price_' || direction || '_per_mtok', CAST(NULL AS VARCHAR),
           setting, CAST(NULL AS VARCHAR), article_id, copy_group, CAST(NULL AS DOUBLE),
           CAST(usd_per_mtok AS VARCHAR), evidence
    FROM prices
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
ORDER BY kind, fact_id;
