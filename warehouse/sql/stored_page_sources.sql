-- The sources that have stored article pages (reprocess goes one source at a time).
SELECT DISTINCT coalesce(source, 'unknown') FROM raw_pages WHERE coalesce(kind, 'page') = 'page' ORDER BY 1;
