-- Review items present in the data. Parameters (each NULL for any): status, model, benchmark, search, source.
-- model/benchmark/search are case-insensitive substrings of the canonical name or of any alias; search also
-- looks at the leaderboard and the values; source is a substring of a publisher (host) or feed of a value.
WITH names AS (
    SELECT alias_key(canonical) AS ckey, kind, lower(alias) AS name FROM entity_aliases
    UNION ALL
    SELECT alias_key(canonical), kind, lower(canonical) FROM entity_aliases
)
SELECT contradiction_id, status, subject, attribute, qualifier, setting, settings, n_values, n_sources, "values",
       summary, consensus_value, confidence, resolved_value, decided_by, decided_at, note, opened_at, updated_at,
       kind
FROM contradictions c
WHERE (?1 IS NULL OR status = ?1)
  AND (?2 IS NULL OR contains(lower(subject), lower(?2))
       OR alias_key(subject) IN (SELECT ckey FROM names WHERE kind = 'model' AND contains(name, lower(?2))))
  AND (?3 IS NULL OR contains(lower(attribute), lower(?3))
       OR alias_key(attribute) IN (SELECT ckey FROM names WHERE kind = 'benchmark' AND contains(name, lower(?3))))
  AND (?4 IS NULL
       OR contains(lower(concat_ws(' ', subject, attribute, qualifier, summary, contradiction_id)), lower(?4))
       OR alias_key(subject) IN (SELECT ckey FROM names WHERE contains(name, lower(?4)))
       OR alias_key(attribute) IN (SELECT ckey FROM names WHERE contains(name, lower(?4))))
  AND (?5 IS NULL OR contradiction_id IN (
           SELECT m.contradiction_id
           FROM contradiction_members m
           JOIN reconciled_facts f ON f.fact_id = m.fact_id AND f.kind = m.kind
           JOIN article_rows a ON a.article_id = f.article_id
           WHERE contains(lower(concat_ws(' ', f.publisher, a.source, a.site_name)), lower(?5))))
ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'resolved' THEN 1 ELSE 2 END, subject, attribute, qualifier;
