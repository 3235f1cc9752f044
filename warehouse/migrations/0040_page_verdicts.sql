-- Issue #10: pages are refused only on strong evidence, and nothing refused is lost.
-- raw_pages.refusal: why extraction refused the page (NULL when it became an article); the body stays, so
-- `newskb reprocess` tries it again after a rule change.
-- article_rows.article_confidence / article_note: borderline pages (short text, teasers around it, consent
-- text inside) are kept with a lower confidence and the reason, instead of being dropped.
-- Every article has a publisher: site_name falls back to the page's host ('example.org').
ALTER TABLE raw_pages ADD COLUMN refusal VARCHAR;
ALTER TABLE article_rows ADD COLUMN article_confidence DOUBLE DEFAULT 1.0;
ALTER TABLE article_rows ADD COLUMN article_note VARCHAR;
UPDATE article_rows
SET site_name = regexp_replace(lower(regexp_extract(url, '^https?://([^/:?#@]+)', 1)), '^www\.', '')
WHERE site_name IS NULL AND regexp_matches(url, '^https?://[^/:?#@]+');
CREATE OR REPLACE VIEW articles AS
SELECT article_id, url, canonical_url, source, title, published_at, fetched_at, language, copy_group,
       authors, updated_at, site_name, source_kind, content_hash, extractor_version, load_id, text,
       article_confidence, article_note
FROM article_rows;
