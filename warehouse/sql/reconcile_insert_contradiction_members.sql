-- Rebuilt snapshot rows (no keys or indexes: they are replaced whole) for contradiction_members; `incoming` is a registered Arrow table.
INSERT INTO contradiction_members BY NAME SELECT * FROM incoming;
