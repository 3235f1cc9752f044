-- When each URL was last confirmed by its server (200 or 304), to bound how long a 304 feed may vouch
-- for the pages it lists.
SELECT url, max(fetched_at) FROM fetch_log WHERE status IN (200, 304) GROUP BY url;
