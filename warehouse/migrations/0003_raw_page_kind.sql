-- What a stored raw body is: 'feed', 'sitemap' or 'page'. A feed or sitemap answered 304 is re-read
-- from its stored body, so its known entries need no request at all.
ALTER TABLE raw_pages ADD COLUMN kind VARCHAR DEFAULT 'page';
