-- Every load up to now has been through copy grouping and reconciliation.
UPDATE loads SET reconciled = true WHERE NOT coalesce(reconciled, false);
