-- An incremental reconciliation's rank rows (`ranks`, a registered Arrow table numbered `nr`: every fact of
-- the keys it recomputed) merged into reconciled_facts, whose rows of those keys are `stored`
-- (reconcile_stored_ranks.sql, with their rowid), matched by reconcile_rank_matches.sql (`matched`), so that
-- it ends holding exactly `ranks`, writing only what changed: a stored row whose weight, rank or reason
-- changed is updated in place (the usual change: a new source makes "all 10 sources agree" read "all 11"),
-- one whose fact left those keys or whose value, names or source changed is deleted, and a new row is
-- inserted. Rewriting every row of the keys instead would log and checkpoint tens of MB for a thousand new
-- articles.
UPDATE reconciled_facts SET weight = u.weight, rank = u.rank, reason = u.reason
FROM (
    SELECT m.rid, n.weight, n.rank, n.reason
    FROM matched m JOIN ranks n USING (nr)
    WHERE m.same_fact AND NOT m.same_rank
) u
WHERE reconciled_facts.rowid = u.rid;
DELETE FROM reconciled_facts
WHERE rowid IN (SELECT rid FROM stored EXCEPT SELECT rid FROM matched WHERE same_fact);
INSERT INTO reconciled_facts BY NAME
SELECT * EXCLUDE (nr) FROM ranks WHERE nr NOT IN (SELECT nr FROM matched WHERE same_fact);
