-- Loads other than the current one whose articles have not been grouped and reconciled yet
-- (a run that was interrupted or failed before its last step). Parameter: the current load_id.
SELECT count(*) FROM loads WHERE NOT coalesce(reconciled, false) AND load_id <> ?;
