-- Seed the alias registry from the extractor's pattern files (runs at every ingest); a reviewer's alias or
-- merge always wins. A pattern canonical whose alias_key a reviewer mapped to another canonical (an alias or a
-- merge) is not re-created as an entity, and the pattern's aliases for it go to the reviewer's canonical, so
-- a merged-away entity never comes back and every alias still resolves in one step.
INSERT INTO entities (canonical, kind, origin)
SELECT DISTINCT i.canonical, i.kind, 'pattern'
FROM incoming i
WHERE NOT EXISTS (
    SELECT 1 FROM entity_aliases r
    WHERE r.kind = i.kind AND r.alias_key = alias_key(i.canonical) AND r.origin = 'review'
      AND r.canonical <> i.canonical
)
ON CONFLICT DO NOTHING;
INSERT INTO entity_aliases (alias_key, kind, alias, canonical, origin)
SELECT alias_key(i.alias), i.kind, min(i.alias), min(coalesce(r.canonical, i.canonical)), 'pattern'
FROM incoming i
LEFT JOIN entity_aliases r
    ON r.kind = i.kind AND r.alias_key = alias_key(i.canonical) AND r.origin = 'review'
GROUP BY alias_key(i.alias), i.kind
ON CONFLICT DO NOTHING;
