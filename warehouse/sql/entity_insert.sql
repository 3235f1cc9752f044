-- A canonical entity: (canonical, kind, origin); an existing one is kept as it is.
INSERT INTO entities (canonical, kind, origin) VALUES (?, ?, ?) ON CONFLICT DO NOTHING;
