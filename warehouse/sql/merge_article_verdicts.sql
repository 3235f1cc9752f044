-- Each loaded article's extraction confidence and its reason (issue #10); `incoming` is a registered Arrow table.
UPDATE article_rows
SET article_confidence = incoming.article_confidence,
    article_note = incoming.article_note
FROM incoming
WHERE article_rows.article_id = incoming.article_id;
