-- The articles (not touched) of stored rank rows of the recomputed keys that were ranked before
-- 0080_reconciled_fact_names gave them their names (`stored`, `touched`): their facts are read from the views.
SELECT DISTINCT article_id FROM stored
WHERE subject IS NULL AND article_id NOT IN (SELECT article_id FROM touched);
