-- Stored article pages of one source for reprocess, a page of rows at a time.
-- Parameters: source, limit, offset.
SELECT r.url, coalesce(r.final_url, r.url) AS final_url, r.body_zlib, r.status, r.content_type, r.encoding,
       coalesce(a.source_kind, 'news') AS source_kind
FROM raw_pages r
LEFT JOIN article_rows a ON a.article_id = r.article_id
WHERE coalesce(r.kind, 'page') = 'page' AND coalesce(r.source, 'unknown') = ?
ORDER BY r.url
LIMIT ? OFFSET ?;
