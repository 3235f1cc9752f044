-- A review item's history, oldest first, with the history of the per-setting items merged into it.
SELECT e.event_at, e.who, e.action, e.old_status, e.new_status, e.value, e.note, e.load_id,
       CASE WHEN e.contradiction_id <> ?1 THEN e.contradiction_id END AS merged_from
FROM contradiction_events e
WHERE e.contradiction_id = ?1
   OR e.contradiction_id IN (SELECT contradiction_id FROM contradiction_items WHERE merged_into = ?1)
ORDER BY e.event_at, e.event_id;
