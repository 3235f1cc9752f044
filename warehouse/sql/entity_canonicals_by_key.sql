-- Canonical names (entities, or targets of aliases) that share one alias_key: (kind, alias_key, kind, alias_key).
SELECT canonical FROM entities WHERE kind = ? AND alias_key(canonical) = ?
UNION
SELECT canonical FROM entity_aliases WHERE kind = ? AND alias_key(canonical) = ?
ORDER BY canonical;
