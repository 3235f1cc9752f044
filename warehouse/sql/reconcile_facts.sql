-- The score and attribute facts reconciliation compares, in canonical names (the public views resolve
-- aliases), with what it needs of their article: copy group (copies vote once), publisher and source kind.
-- Column order is warehouse.reconcile.Fact's, then num, text_value, evidence, stored_value, stored_decimals.
--
-- $scoped = false (a full pass): every fact, each to be parsed from its evidence; stored_* are NULL.
-- `touched` (articles) and `old_keys` (stored keys) are registered tables (empty for a full pass).
-- $scoped = true (an incremental pass; see reconcile_scope.sql):
-- the facts of the touched articles, to be parsed from their evidence, and the facts of other articles
-- ranked last time in the stored keys recomputed, with the value stored for them then (stored_value,
-- stored_decimals; their evidence is not parsed again). Such a fact has not changed since: its article was not
-- loaded again, and a change to the alias registry recomputes everything.
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
wanted AS (
    SELECT fact_id, CAST(NULL AS VARCHAR) AS stored_value, CAST(NULL AS INTEGER) AS stored_decimals
    FROM score_facts
    WHERE NOT $scoped OR article_id IN (SELECT article_id FROM touched)
    UNION ALL
    SELECT fact_id, NULL, NULL
    FROM attribute_facts
    WHERE NOT $scoped OR article_id IN (SELECT article_id FROM touched)
    UNION ALL
    SELECT fact_id, value, decimals
    FROM reconciled_facts
    WHERE $scoped AND key_id IN (SELECT key_id FROM old_keys) AND article_id NOT IN (SELECT article_id FROM touched)
)
SELECT f.fact_id, f.kind, f.subject, f.attribute, f.qualifier, f.setting, f.unit, f.article_id,
       coalesce(f.copy_group, f.article_id) AS vote_unit,
       coalesce(nullif(regexp_extract(coalesce(a.canonical_url, a.url), '^https?://(?:www\.)?([^/:?#]+)', 1), ''),
                a.source, 'unknown') AS publisher,
       coalesce(a.source_kind, 'news') AS source_kind,
       f.num, f.text_value, f.evidence, w.stored_value, w.stored_decimals
FROM facts f
JOIN wanted w USING (fact_id)
JOIN article_rows a USING (article_id)
ORDER BY f.kind, f.fact_id;
