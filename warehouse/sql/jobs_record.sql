-- One finished maintenance or export job: (job_id, kind, trigger, started_at, finished_at, status,
-- detail_json, prefect_run_id).
INSERT INTO jobs (job_id, kind, trigger, started_at, finished_at, status, detail_json, prefect_run_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);
