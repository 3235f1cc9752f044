-- Claims keep how sure the text is (asserts / hedged / negated) and speak one relation vocabulary; a claim
-- check puts each comparison on a benchmark next to the scores the warehouse holds for both sides.
ALTER TABLE claim_facts ADD COLUMN polarity VARCHAR DEFAULT 'asserts';
UPDATE claim_facts SET polarity = 'asserts' WHERE polarity IS NULL;
UPDATE claim_facts SET relation = 'outperforms' WHERE relation IN ('ahead_of', 'improvement_over');

CREATE OR REPLACE VIEW claims AS
SELECT coalesce(m.canonical, f.subject) AS subject,
       f.relation,
       coalesce(o.canonical, f.object) AS object,
       f.magnitude, f.unit,
       coalesce(b.canonical, f.benchmark) AS benchmark,
       a.url AS article_url,
       f.evidence,
       f.article_id, a.canonical_url, a.source, a.copy_group, a.published_at,
       f.char_start, f.char_end, f.confidence, f.method, f.extractor_version, f.load_id, f.fact_id,
       coalesce(f.polarity, 'asserts') AS polarity
FROM claim_facts f
JOIN article_rows a USING (article_id)
LEFT JOIN entity_aliases m ON m.kind = 'model' AND m.alias_key = alias_key(f.subject)
LEFT JOIN entity_aliases o ON o.kind = 'model' AND o.alias_key = alias_key(f.object)
LEFT JOIN entity_aliases b ON b.kind = 'benchmark' AND b.alias_key = alias_key(f.benchmark);

-- One row per claim that compares two models on a benchmark: both sides' stored scores on it (every setting,
-- every source) and whether they contradict the claim: an asserted "A outperforms B on X" when A's best stored
-- score on X is below B's worst, or "A behind B on X" when A's worst is above B's best.
CREATE VIEW claim_checks AS
WITH s AS (
    SELECT model, benchmark, min(value) AS lo, max(value) AS hi, count(*) AS n
    FROM scores
    GROUP BY model, benchmark
)
SELECT c.fact_id, c.subject, c.relation, c.object, c.benchmark, c.polarity, c.magnitude, c.unit,
       sa.lo AS subject_score_min, sa.hi AS subject_score_max, coalesce(sa.n, 0) AS subject_scores,
       sb.lo AS object_score_min, sb.hi AS object_score_max, coalesce(sb.n, 0) AS object_scores,
       CASE
           WHEN sa.n IS NULL OR sb.n IS NULL OR c.polarity <> 'asserts' THEN NULL
           WHEN c.relation = 'outperforms' THEN sa.hi < sb.lo
           WHEN c.relation = 'behind' THEN sa.lo > sb.hi
       END AS contradicts_scores,
       c.article_url, c.evidence, c.article_id
FROM claims c
LEFT JOIN s sa ON sa.model = c.subject AND sa.benchmark = c.benchmark
LEFT JOIN s sb ON sb.model = c.object AND sb.benchmark = c.benchmark
WHERE c.object IS NOT NULL AND c.benchmark IS NOT NULL;
