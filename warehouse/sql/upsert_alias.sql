-- A reviewer's alias: (alias_key, kind, alias, canonical); it replaces any earlier mapping of that key.
INSERT INTO entity_aliases (alias_key, kind, alias, canonical, origin) VALUES (?, ?, ?, ?, 'review')
ON CONFLICT (alias_key, kind) DO UPDATE SET alias = excluded.alias, canonical = excluded.canonical,
    origin = 'review';
