-- The facts an incremental reconciliation compares (see reconcile_scope.sql), in reconcile_facts.sql's
-- columns: the facts of the touched articles, read from the views (`fresh`, reconcile_fresh_facts.sql), and
-- the facts of other articles ranked last time in the stored keys recomputed, read from reconciled_facts
-- alone (`stored`, reconcile_stored_ranks.sql) with the names, setting and value stored for them then
-- (stored_value and stored_decimals; text_value is the stored value). Such a fact has not changed since: its
-- article was not loaded again, and a change to the alias registry recomputes everything. A row stored
-- before it kept its names (0080_reconciled_fact_names) is read from the views (`legacy`: the facts of
-- such rows' articles, reconcile_fresh_facts.sql; empty when there is none). `touched` holds the articles.
WITH kept AS (
    SELECT * EXCLUDE (rid)
    FROM stored
    WHERE article_id NOT IN (SELECT article_id FROM touched)
)
SELECT * FROM fresh
UNION ALL
SELECT * FROM legacy WHERE fact_id IN (SELECT fact_id FROM kept WHERE subject IS NULL)
UNION ALL
SELECT fact_id, kind, subject, attribute, qualifier, stated_setting, unit, article_id, vote_unit, publisher,
       source_kind, value_num, value, NULL, value, decimals
FROM kept
WHERE subject IS NOT NULL
ORDER BY kind, fact_id;
