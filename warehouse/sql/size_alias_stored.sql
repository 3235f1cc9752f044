-- The derived size aliases (kind 'model_size': the reconciliation's, not the public views'): alias_key ->
-- the full name.
SELECT alias_key, canonical FROM entity_aliases WHERE kind = 'model_size';
