-- Keep the newest raw body and validators per fetch URL.
INSERT INTO raw_pages BY NAME
SELECT * FROM incoming
ON CONFLICT (url) DO UPDATE SET
    source = excluded.source,
    fetched_at = excluded.fetched_at,
    status = excluded.status,
    content_type = excluded.content_type,
    encoding = excluded.encoding,
    etag = excluded.etag,
    last_modified = excluded.last_modified,
    body_sha256 = excluded.body_sha256,
    body_zlib = excluded.body_zlib,
    load_id = excluded.load_id,
    kind = excluded.kind,
    article_id = excluded.article_id,
    final_url = excluded.final_url,
    refusal = excluded.refusal;
