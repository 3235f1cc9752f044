-- One key per uncontested item (see reconcile_uncontested_split.sql), as warehouse.reconcile works it out:
-- the names most of its facts give (ties: the first in sort order; a unit only among facts that give one),
-- key_id as warehouse.agreement.key_id hashes them (no qualifier, no setting), its one value, the number of
-- vote units (copy groups, else articles) and of facts. `split` is the registered split.
WITH s AS (
    SELECT * FROM split WHERE simple
),
subjects AS (
    SELECT dispute_id, first(subject ORDER BY n DESC, subject) AS subject
    FROM (SELECT dispute_id, subject, count(*) AS n FROM s GROUP BY ALL) GROUP BY dispute_id
),
attributes AS (
    SELECT dispute_id, first(attribute ORDER BY n DESC, attribute) AS attribute
    FROM (SELECT dispute_id, attribute, count(*) AS n FROM s GROUP BY ALL) GROUP BY dispute_id
),
units AS (
    SELECT dispute_id, first(unit ORDER BY n DESC, unit) AS unit
    FROM (SELECT dispute_id, unit, count(*) AS n FROM s WHERE unit IS NOT NULL GROUP BY ALL) GROUP BY dispute_id
),
counted AS (
    SELECT dispute_id, any_value(stated_text) AS value, count(DISTINCT vote_unit) AS n_sources,
           count(*) AS n_facts
    FROM s GROUP BY dispute_id
)
SELECT left(sha1(concat_ws(chr(31), 'score', alias_key(n.subject), alias_key(a.attribute), '', '')), 12)
           AS key_id,
       c.dispute_id, n.subject, a.attribute, u.unit, c.value, c.n_sources, c.n_facts
FROM counted c
JOIN subjects n USING (dispute_id)
JOIN attributes a USING (dispute_id)
LEFT JOIN units u USING (dispute_id)
ORDER BY c.dispute_id;
