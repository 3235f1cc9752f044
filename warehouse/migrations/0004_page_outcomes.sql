-- Per-page outcome, so a page that failed extraction is tried again instead of being vouched for by its
-- validators; the final URL after redirects, so reprocess keys pages as ingest did; and whether a load's
-- articles have been through copy grouping and reconciliation (an interrupted run leaves them pending).
ALTER TABLE raw_pages ADD COLUMN article_id VARCHAR;
ALTER TABLE raw_pages ADD COLUMN final_url VARCHAR;
UPDATE raw_pages SET article_id = a.article_id
FROM article_rows a
WHERE a.raw_url = raw_pages.url;
ALTER TABLE loads ADD COLUMN reconciled BOOLEAN DEFAULT false;
UPDATE loads SET reconciled = true;
