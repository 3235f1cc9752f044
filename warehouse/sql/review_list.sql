-- Contradictions present in the data; parameters: status (or NULL), subject under any alias (or NULL).
SELECT contradiction_id, status, subject, attribute, qualifier, setting, n_values, n_sources, "values", summary,
       consensus_value, confidence, resolved_value, decided_by, decided_at, note, opened_at, updated_at, kind
FROM contradictions
WHERE (?1 IS NULL OR status = ?1)
  AND (?2 IS NULL
       OR alias_key(subject) = alias_key(?2)
       OR alias_key(subject) IN (SELECT alias_key(canonical) FROM entity_aliases
                                 WHERE kind = 'model' AND alias_key = alias_key(?2)))
ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'resolved' THEN 1 ELSE 2 END, subject, attribute, qualifier,
         setting NULLS FIRST;
