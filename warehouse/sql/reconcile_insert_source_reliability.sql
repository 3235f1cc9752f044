-- Rebuilt snapshot rows (no keys or indexes: they are replaced whole) for source_reliability; `incoming` is a registered Arrow table.
INSERT INTO source_reliability BY NAME SELECT * FROM incoming;
