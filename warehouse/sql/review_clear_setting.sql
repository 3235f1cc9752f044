-- Forget a reviewer's setting for one value of a review item (the sources' settings apply again).
DELETE FROM dispute_value_settings WHERE contradiction_id = ? AND value = ?;
