-- The canonical name one surface form resolves to in one step: (alias_key, kind, name, kind).
-- A registered alias wins over an entity of exactly that name.
SELECT canonical FROM (
    SELECT canonical, 0 AS pref FROM entity_aliases WHERE alias_key = ? AND kind = ?
    UNION ALL
    SELECT canonical, 1 AS pref FROM entities WHERE canonical = ? AND kind = ?
)
ORDER BY pref
LIMIT 1;
