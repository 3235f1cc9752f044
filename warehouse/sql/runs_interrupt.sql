-- Mark a run whose process is gone as interrupted: (finished_at, run_id).
UPDATE runs SET status = 'interrupted', finished_at = ? WHERE run_id = ? AND status = 'running';
