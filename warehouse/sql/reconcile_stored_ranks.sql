-- The reconciled_facts rows of the keys an incremental reconciliation recomputes (`old_keys`), with their
-- rowid: read once, they give the unchanged facts (reconcile_facts_scoped.sql) and what to merge
-- (reconcile_merge_ranks.sql). The rows are picked by rowid first (DuckDB pushes that into the scan), so only
-- their columns are read, not every row's.
SELECT rowid AS rid, *
FROM reconciled_facts
WHERE rowid IN (SELECT rowid FROM reconciled_facts WHERE key_id IN (SELECT key_id FROM old_keys));
