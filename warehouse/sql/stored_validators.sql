-- Conditional-GET validators and body hash for every stored page that produced an article (a page that
-- failed is asked again in full), and for feeds and sitemaps.
SELECT url, etag, last_modified, body_sha256
FROM raw_pages
WHERE article_id IS NOT NULL OR kind IN ('feed', 'sitemap');
