-- An incremental reconciliation replaces the snapshot rows of the keys and items it recomputes only (their
-- reconciled_facts rows are merged in place by reconcile_merge_ranks.sql).
DELETE FROM contradiction_members WHERE contradiction_id IN (SELECT dispute_id FROM old_keys);
DELETE FROM consensus_values WHERE key_id IN (SELECT key_id FROM old_keys);
