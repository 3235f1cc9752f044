-- An incremental reconciliation's rank rows (`ranks`, a registered Arrow table: every fact of the keys it
-- recomputed, `old_keys`) merged into reconciled_facts so that it ends holding exactly them, writing only
-- what changed: a stored row whose fact left those keys, or whose value, names or source changed, is
-- deleted; one whose weight, rank or reason changed is updated in place (the usual change: a new source makes
-- "all 10 sources agree" read "all 11"); a row not stored yet is inserted. Rewriting every row of the keys
-- instead would log and checkpoint tens of MB for a thousand new articles.
DELETE FROM reconciled_facts r
WHERE r.key_id IN (SELECT key_id FROM old_keys)
  AND NOT EXISTS (
      SELECT 1 FROM ranks n
      WHERE n.fact_id = r.fact_id AND n.kind = r.kind AND n.key_id = r.key_id
        AND (n.value, n.value_num, n.decimals, n.unit, n.article_id, n.vote_unit, n.publisher, n.source_kind,
             n.subject, n.attribute, n.qualifier, n.stated_setting)
            IS NOT DISTINCT FROM
            (r.value, r.value_num, r.decimals, r.unit, r.article_id, r.vote_unit, r.publisher, r.source_kind,
             r.subject, r.attribute, r.qualifier, r.stated_setting)
  );
UPDATE reconciled_facts r SET weight = n.weight, rank = n.rank, reason = n.reason
FROM ranks n
WHERE r.key_id IN (SELECT key_id FROM old_keys)
  AND n.fact_id = r.fact_id AND n.kind = r.kind AND n.key_id = r.key_id
  AND (n.weight, n.rank, n.reason) IS DISTINCT FROM (r.weight, r.rank, r.reason);
INSERT INTO reconciled_facts BY NAME
SELECT n.*
FROM ranks n
WHERE NOT EXISTS (
    SELECT 1 FROM reconciled_facts r
    WHERE r.key_id IN (SELECT key_id FROM old_keys)
      AND n.fact_id = r.fact_id AND n.kind = r.kind AND n.key_id = r.key_id
);
