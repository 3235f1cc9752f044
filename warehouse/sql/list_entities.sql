-- Canonical entities with their aliases; parameters: kind (or NULL), a LIKE pattern (or NULL).
SELECT e.canonical, e.kind, e.origin,
       string_agg(DISTINCT a.alias, ' | ' ORDER BY a.alias) FILTER (WHERE a.alias <> e.canonical) AS aliases
FROM entities e
LEFT JOIN entity_aliases a ON a.canonical = e.canonical AND a.kind = e.kind
WHERE (?1 IS NULL OR e.kind = ?1) AND (?2 IS NULL OR e.canonical ILIKE ?2 OR a.alias ILIKE ?2)
GROUP BY e.canonical, e.kind, e.origin
ORDER BY e.kind, e.canonical;
