-- What decides whether an article needs extraction again: its content hash and extractor version.
SELECT article_id, content_hash, extractor_version FROM article_rows;
