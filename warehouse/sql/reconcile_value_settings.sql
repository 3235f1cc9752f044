-- Reviewers' settings for values inside review items (split/merge), applied before values are compared.
SELECT contradiction_id, value, setting FROM dispute_value_settings ORDER BY contradiction_id, value;
