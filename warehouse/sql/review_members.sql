-- Every fact of a review item (in dispute or not), with its setting as stated and as compared, sources,
-- sentences, copy groups and ranks; the article text only for a table row (to find its column headers).
WITH ev AS (
    SELECT fact_id, 'score' AS kind, setting, evidence FROM scores
    UNION ALL
    SELECT fact_id, 'attribute' AS kind, setting, evidence FROM attributes
    UNION ALL
    SELECT fact_id, 'attribute' AS kind, setting, evidence FROM prices
)
SELECT f.value, f.unit, m.setting, ev.setting AS stated_setting, m.setting_origin, m.setting_stated,
       m.in_dispute, f.publisher AS source, f.source_kind, a.source AS feed, a.title, a.url, a.canonical_url,
       a.published_at, ev.evidence, a.copy_group, f.rank, f.reason, r.reliability, f.fact_id, f.article_id,
       f.vote_unit, f.value_num, f.weight,
       CASE WHEN ltrim(ev.evidence) LIKE '|%' THEN a.text END AS article_text
FROM contradiction_members m
JOIN reconciled_facts f ON f.fact_id = m.fact_id AND f.kind = m.kind
JOIN article_rows a ON a.article_id = f.article_id
LEFT JOIN ev ON ev.fact_id = f.fact_id AND ev.kind = f.kind
LEFT JOIN source_reliability r ON r.publisher = f.publisher
WHERE m.contradiction_id = ?
ORDER BY f.value_num NULLS LAST, f.value, a.published_at NULLS LAST, f.fact_id;
