-- Runs still marked running: (run_id, pid, host).
SELECT run_id, pid, host FROM runs WHERE status = 'running';
