-- The most recent runs first.
SELECT run_id, started_at, finished_at, status, trigger, articles_new, articles_updated,
       articles_unchanged, articles_failed, articles_deferred, contradictions_opened, counts_json
FROM runs ORDER BY started_at DESC LIMIT ?;
