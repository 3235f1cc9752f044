-- The stored rank rows of the keys an incremental reconciliation recomputes (`stored`, with their rowid) that
-- a new rank row (`ranks`, numbered `nr`) is for: the same fact in the same key. same_fact: its value, names
-- and source are unchanged too; same_rank: so are its weight, rank and reason (reconcile_merge_ranks.sql).
SELECT s.rid, n.nr,
       (n.value, n.value_num, n.decimals, n.unit, n.article_id, n.vote_unit, n.publisher, n.source_kind,
        n.subject, n.attribute, n.qualifier, n.stated_setting)
           IS NOT DISTINCT FROM
       (s.value, s.value_num, s.decimals, s.unit, s.article_id, s.vote_unit, s.publisher, s.source_kind,
        s.subject, s.attribute, s.qualifier, s.stated_setting) AS same_fact,
       (n.weight, n.rank, n.reason) IS NOT DISTINCT FROM (s.weight, s.rank, s.reason) AS same_rank
FROM stored s
JOIN ranks n ON n.fact_id = s.fact_id AND n.kind = s.kind AND n.key_id = s.key_id;
