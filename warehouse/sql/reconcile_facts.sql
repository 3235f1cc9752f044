-- The score and attribute facts reconciliation compares, in canonical names (the public views resolve
-- aliases), with what it needs of their article: copy group (copies vote once), publisher and source kind.
-- Column order is warehouse.reconcile.Fact's, then num, text_value, evidence, stored_value, stored_decimals.
-- `touched` (articles) and `old_keys` (stored keys) are registered tables (empty for a full pass).
--
-- $scoped = false (a full pass): every fact, read from the views and parsed from its evidence.
-- $scoped = true (an incremental pass; see reconcile_scope.sql): the facts of the touched articles, read
-- from the views, and the facts of other articles ranked last time in the stored keys recomputed, read from
-- reconciled_facts alone with the names, setting and value stored for them then (stored_value and
-- stored_decimals; text_value is the stored value). Such a fact has not changed since: its article was not
-- loaded again, and a change to the alias registry recomputes everything. A row stored before it kept its
-- names (0080_reconciled_fact_names) is read from the views.
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
),
kept AS MATERIALIZED (
    SELECT *
    FROM reconciled_facts
    WHERE $scoped AND key_id IN (SELECT key_id FROM old_keys) AND article_id NOT IN (SELECT article_id FROM touched)
),
chosen AS (  -- the articles whose facts are read from the views
    SELECT article_id FROM touched
    UNION ALL
    SELECT article_id FROM article_rows WHERE NOT $scoped
    UNION ALL
    SELECT article_id FROM kept WHERE subject IS NULL
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
WHERE f.article_id IN (SELECT article_id FROM chosen)
  AND (NOT $scoped OR f.article_id IN (SELECT article_id FROM touched)
       OR f.fact_id IN (SELECT fact_id FROM kept WHERE subject IS NULL))
UNION ALL
SELECT fact_id, kind, subject, attribute, qualifier, stated_setting, unit, article_id, vote_unit, publisher,
       source_kind, value_num, value, NULL, value, decimals
FROM kept
WHERE subject IS NOT NULL
ORDER BY kind, fact_id;
