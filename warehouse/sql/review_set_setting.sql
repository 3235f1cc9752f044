-- A reviewer's setting for one value of a review item (NULL: not stated); replaces an earlier one.
INSERT OR REPLACE INTO dispute_value_settings (contradiction_id, value, setting, who, set_at, note)
VALUES (?, ?, ?, ?, ?, ?);
