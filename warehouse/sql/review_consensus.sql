-- The consensus of a contradiction's key; parameter: its id (the key id).
SELECT value, unit, confidence, n_sources, n_values, n_facts, basis FROM consensus_values WHERE key_id = ?;
