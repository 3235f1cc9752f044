-- An incremental reconciliation replaces the snapshot rows of the keys and items it recomputes only.
DELETE FROM reconciled_facts WHERE key_id IN (SELECT key_id FROM old_keys);
DELETE FROM contradiction_members WHERE contradiction_id IN (SELECT dispute_id FROM old_keys);
DELETE FROM consensus_values WHERE key_id IN (SELECT key_id FROM old_keys);
