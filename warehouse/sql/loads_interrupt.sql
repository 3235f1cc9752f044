-- Mark the load of a run whose process is gone as interrupted: (finished_at, load_id).
UPDATE loads SET status = 'interrupted', finished_at = ? WHERE load_id = ? AND status = 'running';
