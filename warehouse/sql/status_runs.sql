-- The most recent ingestion runs first, every column of `runs` (so columns added later show too), with
-- the duration in seconds (NULL while running).
SELECT *, round(epoch(finished_at) - epoch(started_at), 3) AS duration_s
FROM runs ORDER BY started_at DESC LIMIT ?;
