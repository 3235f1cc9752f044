-- Parallel ingestion (issue #13): workers write finished batches as content-hashed Parquet files to a
-- staging folder; the loader merges each one in a transaction that also records its hash here, so a batch
-- loaded twice (a loader that died between commit and deleting the file) changes nothing.
CREATE TABLE staged_batches (
    batch_hash VARCHAR PRIMARY KEY,  -- sha256 of the file's bytes (also in its name)
    name VARCHAR NOT NULL,           -- the file name in the staging folder
    load_id VARCHAR,                 -- the load whose worker wrote it
    source VARCHAR,                  -- the configured source it belongs to
    n_rows BIGINT NOT NULL,          -- rows merged, all parts together
    loaded_at TIMESTAMPTZ NOT NULL
);
