-- Reviewers' settings for the values of one review item.
SELECT value, setting, who, set_at, note FROM dispute_value_settings WHERE contradiction_id = ? ORDER BY value;
