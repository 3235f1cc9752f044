-- Articles an incremental reconciliation starts from: those loaded by loads not yet reconciled, and the
-- `changed` ones (their copy group moved).
SELECT article_id FROM article_rows
WHERE load_id IN (SELECT load_id FROM loads WHERE NOT coalesce(reconciled, false))
UNION
SELECT article_id FROM changed;
