-- The derived tables are rebuilt from the facts and the decisions on every reconciliation.
DELETE FROM reconciled_facts;
DELETE FROM consensus_values;
DELETE FROM contradiction_members;
DELETE FROM source_reliability;
