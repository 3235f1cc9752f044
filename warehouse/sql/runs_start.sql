-- Open a run: (run_id, started_at, trigger).
INSERT INTO runs (run_id, started_at, status, trigger) VALUES (?, ?, 'running', ?);
