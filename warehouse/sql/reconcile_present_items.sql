-- How many durable review items are present in the data (any status): an incremental reconciliation reads
-- only the items it judges, and counts the others' here.
SELECT count(*) FROM contradiction_items WHERE merged_into IS NULL AND present;
