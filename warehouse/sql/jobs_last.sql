-- The most recent maintenance and export jobs first, with their duration in seconds.
SELECT job_id, kind, trigger, started_at, finished_at, status,
       round(epoch(finished_at) - epoch(started_at), 3) AS duration_s, detail_json, prefect_run_id
FROM jobs ORDER BY started_at DESC LIMIT ?;
