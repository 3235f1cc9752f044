-- Fetch URL → the article its stored copy produced: a parallel worker needs the stored hash of exactly
-- those articles to skip unchanged text (it never sees the warehouse itself).
SELECT url, article_id
FROM raw_pages
WHERE article_id IS NOT NULL;
