-- Signatures for near-duplicate grouping: articles loaded by this load (or never grouped) are "new";
-- every other article is matched against with its stored group. Parameter: load_id.
SELECT article_id, signature, copy_group, (load_id = ?1 OR copy_group IS NULL) AS is_new
FROM article_rows
WHERE signature IS NOT NULL AND len(signature) > 0
ORDER BY article_id;
