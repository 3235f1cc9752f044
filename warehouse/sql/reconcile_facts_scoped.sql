-- reconcile_facts.sql restricted to an incremental reconciliation's items: the facts ranked last time in
-- their stored keys (`old_keys`) and the facts of the `touched` articles (the alias registry has not changed
-- since: a change to it recomputes everything). Same columns.
WITH wanted AS (
    SELECT fact_id FROM reconciled_facts WHERE key_id IN (SELECT key_id FROM old_keys)
    UNION
    SELECT fact_id FROM score_facts WHERE article_id IN (SELECT article_id FROM touched)
    UNION
    SELECT fact_id FROM attribute_facts WHERE article_id IN (SELECT article_id FROM touched)
),
facts AS (
    SELECT 'score' AS kind, fact_id, model AS subject, benchmark AS attribute, CAST(NULL AS VARCHAR) AS qualifier,
           setting, unit, article_id, copy_group, value AS num, CAST(NULL AS VARCHAR) AS text_value, evidence
    FROM scores
    WHERE fact_id IN (SELECT fact_id FROM wanted)
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, subject, attribute, qualifier, setting, CAST(NULL AS VARCHAR) AS unit,
           article_id, copy_group, CAST(NULL AS DOUBLE) AS num, value AS text_value, evidence
    FROM attributes
    WHERE fact_id IN (SELECT fact_id FROM wanted)
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, model, 'price_' || direction || '_per_mtok', CAST(NULL AS VARCHAR),
           setting, CAST(NULL AS VARCHAR), article_id, copy_group, CAST(NULL AS DOUBLE),
           CAST(usd_per_mtok AS VARCHAR), evidence
    FROM prices
    WHERE fact_id IN (SELECT fact_id FROM wanted)
)
SELECT f.fact_id, f.kind, f.subject, f.attribute, f.qualifier, f.setting, f.unit, f.article_id,
       coalesce(f.copy_group, f.article_id) AS vote_unit,
       coalesce(nullif(regexp_extract(coalesce(a.canonical_url, a.url), '^https?://(?:www\.)?([^/:?#]+)', 1), ''),
                a.source, 'unknown') AS publisher,
       coalesce(a.source_kind, 'news') AS source_kind,
       f.num, f.text_value, f.evidence
FROM facts f
JOIN article_rows a USING (article_id)
ORDER BY f.kind, f.fact_id;
