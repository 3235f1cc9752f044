-- Store the near-duplicate cluster of each article (copies count as one source in reconciliation).
UPDATE article_rows SET copy_group = incoming.copy_group
FROM incoming
WHERE article_rows.article_id = incoming.article_id
  AND article_rows.copy_group IS DISTINCT FROM incoming.copy_group;
