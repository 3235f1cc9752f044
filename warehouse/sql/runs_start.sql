-- Open a run: (run_id, started_at, trigger, pid, host).
INSERT INTO runs (run_id, started_at, status, trigger, pid, host) VALUES (?, ?, 'running', ?, ?, ?);
