-- The Prefect flow run behind an ingestion run: (prefect_run_id, run_id).
UPDATE runs SET prefect_run_id = ? WHERE run_id = ?;
