-- Which review items of an incremental pass are uncontested and simple enough to reconcile in SQL
-- (warehouse.uncontested): every fact of the item is a score with no stated setting, a finite number and one
-- value text, its names are printable ASCII (so the alias_key() macro and warehouse.entities.alias_key agree
-- on them), and the item has no durable review item (so no history, decision or members) and no reviewer's
-- value settings. Every other item goes through warehouse.reconcile's Python pass unchanged.
-- `facts` is a registered Arrow table: reconcile_facts.sql's rows and their row number `rn`; `parsed` holds
-- the value text and decimals warehouse.agreement.score_value read from the evidence of the score rows that
-- keep no stored value. The rows come back in `rn` order, with their stated value (NULL for attributes).
WITH f AS (
    SELECT x.*,
           CASE WHEN x.kind <> 'score' THEN NULL
                WHEN x.stored_value IS NOT NULL AND x.stored_decimals IS NOT NULL THEN x.stored_value
                ELSE p.text END AS stated_text,
           CASE WHEN x.kind <> 'score' THEN NULL
                WHEN x.stored_value IS NOT NULL AND x.stored_decimals IS NOT NULL THEN x.stored_decimals
                ELSE p.decimals END AS stated_decimals,
           left(sha1(concat_ws(chr(31), 'dispute', x.kind, alias_key(x.subject), alias_key(x.attribute),
                               alias_key(coalesce(x.qualifier, '')))), 12) AS dispute_id
    FROM facts x
    LEFT JOIN parsed p USING (rn)
),
items AS (
    SELECT dispute_id,
           bool_and(kind = 'score' AND qualifier IS NULL AND setting IS NULL AND stated_text IS NOT NULL
                    AND stated_decimals IS NOT NULL AND num IS NOT NULL AND isfinite(num)
                    AND regexp_full_match(subject, '[ -~]+') AND regexp_full_match(attribute, '[ -~]+'))
               AND count(DISTINCT stated_text) = 1 AS simple
    FROM f
    GROUP BY dispute_id
)
SELECT f.*,
       i.simple
           AND f.dispute_id NOT IN (SELECT contradiction_id FROM contradiction_items WHERE merged_into IS NULL)
           AND f.dispute_id NOT IN (SELECT contradiction_id FROM dispute_value_settings) AS simple
FROM f
JOIN items i USING (dispute_id)
ORDER BY f.rn;
