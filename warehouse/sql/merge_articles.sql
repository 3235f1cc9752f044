-- Insert new articles and replace changed ones (keyed on article_id); `incoming` is a registered Arrow table.
INSERT INTO article_rows BY NAME
SELECT * FROM incoming
ON CONFLICT (article_id) DO UPDATE SET
    url = excluded.url,
    raw_url = excluded.raw_url,
    canonical_url = excluded.canonical_url,
    source = excluded.source,
    source_kind = excluded.source_kind,
    title = excluded.title,
    authors = excluded.authors,
    published_at = excluded.published_at,
    updated_at = excluded.updated_at,
    fetched_at = excluded.fetched_at,
    language = excluded.language,
    site_name = excluded.site_name,
    text = excluded.text,
    tables_json = excluded.tables_json,
    content_hash = excluded.content_hash,
    signature = excluded.signature,
    extractor_version = excluded.extractor_version,
    load_id = excluded.load_id;
