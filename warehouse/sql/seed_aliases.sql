-- Seed the alias registry from the extractor's pattern files; a reviewer's alias or merge always wins.
INSERT INTO entities (canonical, kind, origin)
SELECT DISTINCT canonical, kind, 'pattern' FROM incoming
ON CONFLICT DO NOTHING;
INSERT INTO entity_aliases (alias_key, kind, alias, canonical, origin)
SELECT alias_key(alias), kind, min(alias), min(canonical), 'pattern' FROM incoming
GROUP BY alias_key(alias), kind
ON CONFLICT DO NOTHING;
