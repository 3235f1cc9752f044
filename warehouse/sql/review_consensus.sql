-- The consensus of every key (setting) of a review item; parameter: the item id.
SELECT setting, value, unit, confidence, n_sources, n_values, n_facts, basis
FROM consensus_values
WHERE dispute_id = ?
ORDER BY setting NULLS FIRST;
