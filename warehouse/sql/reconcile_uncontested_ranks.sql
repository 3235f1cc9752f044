-- One rank row per fact of an uncontested key (`split` and `simple_keys`): preferred, because every source
-- agrees; `weights` is a registered table of each publisher's vote weight as stored (rounded). Columns as
-- warehouse.reconcile writes reconciled_facts (_COLUMNS).
SELECT s.fact_id, s.kind, k.key_id, s.stated_text AS value, s.num AS value_num, s.stated_decimals AS decimals,
       s.unit, s.article_id, s.vote_unit, s.publisher, s.source_kind, w.weight, 'preferred' AS rank,
       CASE WHEN k.n_sources = 1 THEN 'sole source' ELSE 'all ' || k.n_sources || ' sources agree' END AS reason,
       s.subject, s.attribute, s.qualifier, s.setting AS stated_setting
FROM split s
JOIN simple_keys k USING (dispute_id)
JOIN weights w USING (publisher)
WHERE s.simple
ORDER BY s.rn;
