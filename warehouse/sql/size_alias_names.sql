-- Model names as the public views give them (every model alias applied), for the derived size aliases
-- (warehouse.entities.derive_size_aliases).
WITH raw AS (
    SELECT DISTINCT model AS name FROM score_facts
    UNION
    SELECT DISTINCT subject FROM attribute_facts
)
SELECT DISTINCT coalesce(a.canonical, r.name) AS name
FROM raw r
LEFT JOIN entity_aliases a ON a.kind = 'model' AND a.alias_key = alias_key(r.name)
WHERE r.name IS NOT NULL;
