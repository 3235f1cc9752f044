-- Conditional-GET validators and body hash for every stored page.
SELECT url, etag, last_modified, body_sha256 FROM raw_pages;
