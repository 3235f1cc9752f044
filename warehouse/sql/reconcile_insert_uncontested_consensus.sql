-- The consensus row of each uncontested key (`simple_keys`, see reconcile_uncontested_keys.sql): its one
-- value with all the votes, as warehouse.reconcile._consensus writes a key whose facts all agree.
INSERT INTO consensus_values (key_id, kind, subject, attribute, qualifier, setting, value, unit, confidence,
                              n_sources, n_values, n_facts, basis, dispute_id)
SELECT key_id, 'score', subject, attribute, NULL, NULL, value, unit, 1.0, n_sources, 1, n_facts, 'uncontested',
       dispute_id
FROM simple_keys;
