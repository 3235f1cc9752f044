-- An incremental reconciliation replaces the snapshot rows of the keys it recomputes (`old_keys`) only.
DELETE FROM reconciled_facts WHERE key_id IN (SELECT key_id FROM old_keys);
DELETE FROM contradiction_members WHERE contradiction_id IN (SELECT key_id FROM old_keys);
DELETE FROM consensus_values WHERE key_id IN (SELECT key_id FROM old_keys);
