-- Rebuilt snapshot rows (no keys or indexes: they are replaced whole) for consensus_values; `incoming` is a registered Arrow table.
INSERT INTO consensus_values BY NAME SELECT * FROM incoming;
