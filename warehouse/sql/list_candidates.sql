-- Discovered names waiting for review; parameter: status (or NULL for all).
SELECT name, kind, round(confidence, 3) AS confidence, n_articles, status, first_seen, evidence
FROM entity_candidates
WHERE ?1 IS NULL OR status = ?1
ORDER BY status, confidence DESC, name;
