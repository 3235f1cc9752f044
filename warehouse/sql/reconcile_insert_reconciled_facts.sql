-- Rebuilt snapshot rows (no keys or indexes: they are replaced whole) for reconciled_facts; `incoming` is a registered Arrow table.
INSERT INTO reconciled_facts BY NAME SELECT * FROM incoming;
