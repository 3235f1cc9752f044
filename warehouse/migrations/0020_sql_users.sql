-- The warehouse as SQL users meet it: alias-aware names in SQL, a leaderboard, and the bookkeeping
-- `newskb status` reports (maintenance and export jobs, the Prefect flow run behind an ingestion run).
-- Column and view comments are not written here: warehouse/catalog.toml is their one source, applied by
-- warehouse.catalog after every migration (and rendered into the README's view tables).

-- Every name the alias registry knows, canonical names included: what `model_is` & co. resolve through.
CREATE VIEW names AS
SELECT alias AS name, kind, canonical, alias_key, origin FROM entity_aliases
UNION
SELECT canonical AS name, kind, canonical, alias_key(canonical) AS alias_key, origin FROM entities;

-- canonical_model('gpt5.4') = 'GPT-5.4'; a name the registry does not know is returned as given.
CREATE MACRO canonical_name(n, k) AS coalesce(
    (SELECT any_value(canonical) FROM entity_aliases a WHERE a.kind = k AND a.alias_key = alias_key(n)), n);
CREATE MACRO canonical_model(n) AS canonical_name(n, 'model');
CREATE MACRO canonical_benchmark(n) AS canonical_name(n, 'benchmark');
-- WHERE model_is(model, 'gpt 5.4') / benchmark_is(benchmark, 'HLE'): true when the column names the same
-- entity as any alias of the given name (spelling, case and punctuation aside).
CREATE MACRO model_is(col, n) AS alias_key(col) = alias_key(canonical_name(n, 'model'));
CREATE MACRO benchmark_is(col, n) AS alias_key(col) = alias_key(canonical_name(n, 'benchmark'));

-- One row per model x benchmark: the consensus of its best-supported setting (the value to quote).
CREATE VIEW leaderboard AS
WITH keys AS (
    SELECT c.*, TRY_CAST(c.value AS DOUBLE) AS value_num,
           row_number() OVER (
               PARTITION BY c.subject, c.attribute
               ORDER BY c.n_sources DESC, (c.basis = 'review') DESC, c.confidence DESC,
                        c.n_facts DESC, c.setting NULLS LAST
           ) AS pick,
           count(*) OVER (PARTITION BY c.subject, c.attribute) AS n_settings,
           list(coalesce(c.setting, '(not stated)')) OVER (
               PARTITION BY c.subject, c.attribute ORDER BY c.setting NULLS FIRST
               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
           ) AS settings,
           bool_or(c.contradiction_status = 'open') OVER (PARTITION BY c.subject, c.attribute) AS any_open
    FROM consensus c
    WHERE c.kind = 'score'
),
srcs AS (
    SELECT key_id, list(DISTINCT publisher ORDER BY publisher) AS sources
    FROM fact_ranks WHERE kind = 'score' GROUP BY key_id
),
picked AS (
    SELECT k.*, s.sources FROM keys k LEFT JOIN srcs s USING (key_id) WHERE k.pick = 1
)
SELECT subject AS model, attribute AS benchmark, value_num AS value, unit, setting,
       dense_rank() OVER (PARTITION BY attribute ORDER BY value_num DESC NULLS LAST) AS rank,
       count(*) OVER (PARTITION BY attribute) AS n_models,
       n_sources, sources, confidence, basis,
       CASE WHEN contradiction_status = 'open' THEN 'disputed'
            WHEN any_open THEN 'disputed in another setting'
            WHEN contradiction_status IS NOT NULL THEN contradiction_status
            ELSE 'undisputed' END AS dispute,
       contradiction_id, n_settings, settings, value AS value_text, key_id
FROM picked;

-- Maintenance and export jobs (ingestion runs stay in `runs`): what `newskb status` lists beside runs.
CREATE TABLE jobs (
    job_id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,            -- maintenance | export
    trigger VARCHAR,                  -- cli | schedule | prefect
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status VARCHAR NOT NULL,          -- running | ok | failed | skipped
    detail_json VARCHAR,              -- what it did (rows per view, target folder, error)
    prefect_run_id VARCHAR            -- the Prefect flow run, when one ran it
);

-- The Prefect flow run behind an ingestion run (NULL for plain `newskb ingest`).
ALTER TABLE runs ADD COLUMN prefect_run_id VARCHAR;

-- The catalog (warehouse/catalog.toml) whose comments the views carry, by content hash.
CREATE TABLE _catalog (hash VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL);
