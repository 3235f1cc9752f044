-- The reconciled_facts rows of the keys an incremental reconciliation recomputes (`old_keys`), with their
-- rowid: read once, they give the unchanged facts (reconcile_facts_scoped.sql) and what to merge
-- (reconcile_merge_ranks.sql).
SELECT rowid AS rid, * FROM reconciled_facts WHERE key_id IN (SELECT key_id FROM old_keys);
