-- One review item per real dispute (issue #11): the values of one subject × attribute (× leaderboard) form one
-- item, whatever their settings; settings are shown inside the item, a reviewer can assign a setting to a value
-- (split/merge: `dispute_value_settings`), and values under explicitly different settings are not in dispute.
-- The item id is left(sha1('dispute' ␟ kind ␟ alias_key(subject) ␟ alias_key(attribute) ␟ alias_key(qualifier)), 12)
-- (warehouse.agreement.dispute_id computes the same).
--
-- Carrying decisions over: the old per-setting items of one subject × attribute become one item. It is open when
-- one of them was open with its disagreement present; otherwise it takes the latest decision (resolved value or
-- dismissal, who, when, why). Every old item stays, marked `merged_into` the new one, with its whole history, and
-- the new item's history records one 'merged' event per old item.

ALTER TABLE contradiction_items ADD COLUMN merged_into VARCHAR;
ALTER TABLE consensus_values ADD COLUMN dispute_id VARCHAR;
ALTER TABLE contradiction_members ADD COLUMN in_dispute BOOLEAN;
ALTER TABLE contradiction_members ADD COLUMN setting VARCHAR;
ALTER TABLE contradiction_members ADD COLUMN setting_origin VARCHAR;

-- A reviewer's setting for a value inside an item (NULL: "setting not stated"); it replaces what the sources said.
CREATE TABLE dispute_value_settings (
    contradiction_id VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    setting VARCHAR,
    who VARCHAR NOT NULL,
    set_at TIMESTAMPTZ NOT NULL,
    note VARCHAR,
    PRIMARY KEY (contradiction_id, value)
);

CREATE TEMP TABLE _old_items AS
SELECT *, left(sha1(concat_ws(chr(31), 'dispute', kind, alias_key(subject), alias_key(attribute),
                              alias_key(coalesce(qualifier, '')))), 12) AS new_id
FROM contradiction_items;

CREATE TEMP TABLE _new_items AS
WITH decided AS (
    SELECT new_id, arg_max(status, decided_at) AS status, arg_max(resolved_value, decided_at) AS resolved_value,
           arg_max(decided_by, decided_at) AS decided_by, max(decided_at) AS decided_at,
           arg_max(note, decided_at) AS note
    FROM _old_items
    WHERE status IN ('resolved', 'dismissed') AND decided_at IS NOT NULL
    GROUP BY new_id
),
grouped AS (
    SELECT new_id, arg_min(kind, opened_at) AS kind, arg_min(subject, opened_at) AS subject,
           arg_min(attribute, opened_at) AS attribute, arg_min(qualifier, opened_at) AS qualifier,
           bool_or(present) AS present, bool_or(present AND status = 'open') AS open_left,
           list_sort(list_distinct(flatten(list(values_seen)))) AS values_seen,
           min(opened_at) AS opened_at, max(updated_at) AS updated_at, arg_max(load_id, updated_at) AS load_id
    FROM _old_items
    GROUP BY new_id
)
SELECT g.*, CASE WHEN g.open_left OR d.status IS NULL THEN 'open' ELSE d.status END AS status,
       CASE WHEN g.open_left THEN NULL ELSE d.resolved_value END AS resolved_value,
       CASE WHEN g.open_left THEN NULL ELSE d.decided_by END AS decided_by,
       CASE WHEN g.open_left THEN NULL ELSE d.decided_at END AS decided_at,
       CASE WHEN g.open_left THEN NULL ELSE d.note END AS note
FROM grouped g
LEFT JOIN decided d USING (new_id);

INSERT INTO contradiction_items (contradiction_id, kind, subject, attribute, qualifier, setting, status, present,
                                 values_seen, resolved_value, decided_by, decided_at, note, opened_at, updated_at,
                                 load_id)
SELECT new_id, kind, subject, attribute, qualifier, NULL, status, present, values_seen, resolved_value, decided_by,
       decided_at, note, opened_at, updated_at, load_id
FROM _new_items;

INSERT INTO contradiction_events (contradiction_id, event_at, who, action, old_status, new_status, value, note)
SELECT o.new_id, now(), 'migration', 'merged', o.status, n.status, o.resolved_value,
       'carried over from ' || o.contradiction_id || ' [' || coalesce(o.setting, 'setting not stated') || '], '
       || o.status || CASE WHEN o.decided_by IS NOT NULL THEN ' by ' || o.decided_by ELSE '' END
       || CASE WHEN o.note IS NOT NULL AND o.note <> '' THEN ': ' || o.note ELSE '' END
FROM _old_items o
JOIN _new_items n USING (new_id)
ORDER BY o.new_id, o.opened_at, o.contradiction_id;

UPDATE contradiction_items SET merged_into = o.new_id, present = false
FROM _old_items o
WHERE contradiction_items.contradiction_id = o.contradiction_id;

DROP TABLE _old_items;
DROP TABLE _new_items;

CREATE OR REPLACE VIEW contradictions AS
WITH members AS (
    SELECT m.contradiction_id, f.value, f.vote_unit, f.value_num, m.setting
    FROM contradiction_members m
    JOIN reconciled_facts f ON f.fact_id = m.fact_id AND f.kind = m.kind
    WHERE m.in_dispute
),
per_value AS (
    SELECT contradiction_id, value, count(DISTINCT vote_unit) AS n_units, any_value(value_num) AS num
    FROM members GROUP BY contradiction_id, value
),
agg AS (
    SELECT contradiction_id,
           list(value ORDER BY n_units DESC, num, value) AS "values",
           string_agg(value || ' (' || n_units || CASE WHEN n_units = 1 THEN ' source)' ELSE ' sources)' END,
                      ' vs ' ORDER BY n_units DESC, num, value) AS summary,
           count(*) AS n_values
    FROM per_value GROUP BY contradiction_id
),
units AS (
    SELECT contradiction_id, count(DISTINCT vote_unit) AS n_sources,
           list_sort(list_distinct(list(coalesce(setting, 'setting not stated')))) AS settings
    FROM members GROUP BY contradiction_id
),
cons AS (
    SELECT dispute_id, arg_max(value, n_facts) AS value, arg_max(confidence, n_facts) AS confidence
    FROM consensus_values GROUP BY dispute_id
)
SELECT i.contradiction_id, i.subject, i.attribute, array_to_string(u.settings, ' | ') AS setting, i.status,
       a.n_values, u.n_sources, a."values", a.summary,
       i.kind, i.qualifier, c.value AS consensus_value, c.confidence,
       i.resolved_value, i.decided_by, i.decided_at, i.note, i.opened_at, i.updated_at, u.settings
FROM contradiction_items i
JOIN agg a USING (contradiction_id)
JOIN units u USING (contradiction_id)
LEFT JOIN cons c ON c.dispute_id = i.contradiction_id
WHERE i.present AND i.merged_into IS NULL;

CREATE OR REPLACE VIEW consensus AS
SELECT c.subject, c.attribute, c.setting, c.value, c.confidence, c.n_sources,
       c.qualifier, c.kind, c.unit, c.n_values, c.n_facts, c.basis,
       i.contradiction_id, i.status AS contradiction_status, c.key_id
FROM consensus_values c
LEFT JOIN contradiction_items i ON i.contradiction_id = c.dispute_id AND i.present AND i.merged_into IS NULL;

CREATE OR REPLACE VIEW fact_ranks AS
SELECT f.fact_id, f.kind, c.subject, c.attribute, c.qualifier, c.setting, f.value, f.unit, f.rank, f.reason,
       f.weight, f.publisher, f.source_kind, f.vote_unit AS copy_group, a.url AS article_url, f.article_id,
       f.key_id, c.dispute_id
FROM reconciled_facts f
JOIN consensus_values c USING (key_id)
JOIN article_rows a USING (article_id);
