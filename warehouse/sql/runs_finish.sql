-- Close a run with its per-source counts.
UPDATE runs SET finished_at = ?, status = ?, counts_json = ?, articles_new = ?, articles_updated = ?,
    articles_unchanged = ?, articles_failed = ?, contradictions_opened = ?, articles_deferred = ?
WHERE run_id = ?;
