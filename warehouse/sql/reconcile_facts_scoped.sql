-- reconcile_facts.sql restricted to the groups in `scope` (an incremental reconciliation): the same
-- columns, for the facts whose (kind, subject, attribute, qualifier) alias keys are in scope.
WITH facts AS (
    SELECT 'score' AS kind, fact_id, model AS subject, benchmark AS attribute, CAST(NULL AS VARCHAR) AS qualifier,
           setting, unit, article_id, copy_group, value AS num, CAST(NULL AS VARCHAR) AS text_value, evidence
    FROM scores
    WHERE EXISTS (SELECT 1 FROM scope s
                  WHERE s.kind = 'score' AND s.s = alias_key(model) AND s.a = alias_key(benchmark))
    UNION ALL
    SELECT 'attribute' AS kind, fact_id, subject, attribute, qualifier, setting, CAST(NULL AS VARCHAR) AS unit,
           article_id, copy_group, CAST(NULL AS DOUBLE) AS num, value AS text_value, evidence
    FROM attributes
    WHERE EXISTS (SELECT 1 FROM scope s
                  WHERE s.kind = 'attribute' AND s.s = alias_key(subject) AND s.a = alias_key(attribute)
                    AND s.q = alias_key(coalesce(qualifier, '')))
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
