-- Stored bodies of feeds and sitemaps (re-read when the server answers 304).
SELECT url, body_zlib FROM raw_pages WHERE kind IN ('feed', 'sitemap');
