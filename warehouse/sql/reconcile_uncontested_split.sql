-- Which review items of an incremental pass are uncontested and simple enough to reconcile in SQL
-- (warehouse.uncontested): every fact of the item is a score with no stated setting, a finite number and one
-- value text, its names are printable ASCII (so the alias_key() macro and warehouse.entities.alias_key agree
-- on them), and the item has no durable review item (so no history, decision or members) and no reviewer's
-- value settings. Every other item goes through warehouse.reconcile's Python pass unchanged.
-- `facts` is a registered Arrow table: reconcile_facts_scoped.sql's rows and their row number `rn`; `parsed`
-- holds the value text and decimals warehouse.agreement.score_value read from the evidence of the score rows
-- that keep no stored value. One row per fact, in `rn` order: its stated value (NULL for attributes), its
-- item and whether the item is uncontested.
WITH f AS (
    SELECT x.rn, x.kind, x.subject, x.attribute, x.qualifier, x.setting, x.num,
           CASE WHEN x.kind <> 'score' THEN NULL
                WHEN x.stored_value IS NOT NULL AND x.stored_decimals IS NOT NULL THEN x.stored_value
                ELSE p.text END AS stated_text,
           CASE WHEN x.kind <> 'score' THEN NULL
                WHEN x.stored_value IS NOT NULL AND x.stored_decimals IS NOT NULL THEN x.stored_decimals
                ELSE p.decimals END AS stated_decimals
    FROM facts x
    LEFT JOIN parsed p USING (rn)
),
names AS (  -- the item of each spelling (hashed once per spelling, not per fact)
    SELECT kind, subject, attribute, qualifier,
           left(sha1(concat_ws(chr(31), 'dispute', kind, alias_key(subject), alias_key(attribute),
                               alias_key(coalesce(qualifier, '')))), 12) AS dispute_id,
           regexp_full_match(subject, '[ -~]+') AND regexp_full_match(attribute, '[ -~]+') AS ascii
    FROM (SELECT DISTINCT kind, subject, attribute, qualifier FROM f)
),
g AS (
    SELECT f.*, n.dispute_id, n.ascii
    FROM f JOIN names n ON n.kind = f.kind AND n.subject = f.subject AND n.attribute = f.attribute
                           AND n.qualifier IS NOT DISTINCT FROM f.qualifier
),
items AS (
    SELECT dispute_id,
           bool_and(kind = 'score' AND qualifier IS NULL AND setting IS NULL AND stated_text IS NOT NULL
                    AND stated_decimals IS NOT NULL AND num IS NOT NULL AND isfinite(num) AND ascii)
               AND count(DISTINCT stated_text) = 1 AS simple
    FROM g
    GROUP BY dispute_id
)
SELECT g.rn, g.stated_text, g.stated_decimals, g.dispute_id,
       i.simple
           AND g.dispute_id NOT IN (SELECT contradiction_id FROM contradiction_items WHERE merged_into IS NULL)
           AND g.dispute_id NOT IN (SELECT contradiction_id FROM dispute_value_settings) AS simple
FROM g
JOIN items i USING (dispute_id)
ORDER BY g.rn;
