-- Replace the derived size aliases with `incoming` (alias_key, alias, canonical).
DELETE FROM entity_aliases WHERE kind = 'model_size';
INSERT INTO entity_aliases (alias_key, kind, alias, canonical, origin)
SELECT alias_key, 'model_size', alias, canonical, 'derived' FROM incoming;
