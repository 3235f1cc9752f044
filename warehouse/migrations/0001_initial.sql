-- newskb warehouse, first schema: storage tables, lineage, the alias registry and the public views.
-- Public views (articles, scores, attributes, claims) are an API: never rename them or their columns.

CREATE MACRO alias_key(s) AS lower(regexp_replace(s, '[\s\-_''’"()\[\],:;!?/]', '', 'g'));

CREATE TABLE loads (
    load_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    command VARCHAR,
    extractor_version VARCHAR NOT NULL,
    status VARCHAR
);

CREATE TABLE raw_pages (
    url VARCHAR PRIMARY KEY,          -- normalised fetch URL (file:// for local files)
    source VARCHAR,
    fetched_at TIMESTAMPTZ NOT NULL,
    status INTEGER,
    content_type VARCHAR,
    encoding VARCHAR,
    etag VARCHAR,
    last_modified VARCHAR,
    body_sha256 VARCHAR NOT NULL,     -- of the raw bytes
    body_zlib BLOB NOT NULL,          -- raw bytes, zlib-compressed
    load_id VARCHAR
);

CREATE TABLE fetch_log (
    load_id VARCHAR,
    source VARCHAR,
    url VARCHAR NOT NULL,
    status INTEGER,
    bytes BIGINT,
    ms INTEGER,
    error_class VARCHAR,
    message VARCHAR,
    fetched_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE article_rows (
    article_id VARCHAR PRIMARY KEY,   -- hash of the normalised canonical URL (else the fetch URL)
    url VARCHAR NOT NULL,             -- the URL it was fetched from (a local file's canonical URL if it has one)
    raw_url VARCHAR,                  -- key of its stored raw page (raw_pages.url)
    canonical_url VARCHAR,
    source VARCHAR,
    source_kind VARCHAR,              -- vendor | evaluator | news | aggregator
    title VARCHAR,
    authors VARCHAR[],
    published_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ,
    fetched_at TIMESTAMPTZ,
    language VARCHAR,
    site_name VARCHAR,
    text VARCHAR,
    tables_json VARCHAR,
    content_hash VARCHAR NOT NULL,
    signature UBIGINT[],              -- near-duplicate signature
    copy_group VARCHAR,
    extractor_version VARCHAR,
    load_id VARCHAR
);

CREATE TABLE score_facts (
    fact_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    model VARCHAR NOT NULL,
    model_surface VARCHAR,
    benchmark VARCHAR NOT NULL,
    benchmark_surface VARCHAR,
    value DOUBLE NOT NULL,
    unit VARCHAR,
    setting VARCHAR,
    evidence VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    confidence DOUBLE,
    method VARCHAR,
    extractor_version VARCHAR,
    load_id VARCHAR
);

CREATE TABLE attribute_facts (
    fact_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    attribute VARCHAR NOT NULL,
    qualifier VARCHAR,
    value VARCHAR NOT NULL,
    setting VARCHAR,
    evidence VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    confidence DOUBLE,
    method VARCHAR,
    extractor_version VARCHAR,
    load_id VARCHAR
);

CREATE TABLE claim_facts (
    fact_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    relation VARCHAR NOT NULL,
    object VARCHAR,
    magnitude DOUBLE,
    unit VARCHAR,
    benchmark VARCHAR,
    evidence VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    confidence DOUBLE,
    method VARCHAR,
    extractor_version VARCHAR,
    load_id VARCHAR
);

-- Alias registry: every known surface form (by alias_key) maps to one canonical entity.
CREATE TABLE entities (
    canonical VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,            -- model | family | lab | benchmark
    origin VARCHAR NOT NULL,          -- pattern | review | discovered
    created_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (canonical, kind)
);

CREATE TABLE entity_aliases (
    alias_key VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    alias VARCHAR NOT NULL,
    canonical VARCHAR NOT NULL,
    origin VARCHAR NOT NULL,
    PRIMARY KEY (alias_key, kind)
);

CREATE TABLE entity_candidates (
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    confidence DOUBLE,
    n_articles INTEGER,
    first_article_id VARCHAR,
    evidence VARCHAR,
    status VARCHAR NOT NULL DEFAULT 'new',   -- new | accepted | rejected
    first_seen TIMESTAMPTZ,
    last_seen TIMESTAMPTZ,
    PRIMARY KEY (name, kind)
);

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status VARCHAR,                   -- running | ok | partial | failed
    trigger VARCHAR,                  -- cli | prefect | schedule
    counts_json VARCHAR,              -- per source: new / updated / unchanged / failed
    articles_new INTEGER,
    articles_updated INTEGER,
    articles_unchanged INTEGER,
    articles_failed INTEGER,
    contradictions_opened INTEGER
);

CREATE VIEW articles AS
SELECT article_id, url, canonical_url, source, title, published_at, fetched_at, language, copy_group,
       authors, updated_at, site_name, source_kind, content_hash, extractor_version, load_id, text
FROM article_rows;

CREATE VIEW scores AS
SELECT coalesce(m.canonical, f.model) AS model,
       coalesce(b.canonical, f.benchmark) AS benchmark,
       f.value, f.unit, f.setting,
       a.url AS article_url,
       f.evidence,
       f.article_id, a.canonical_url, a.source, a.copy_group, a.published_at,
       f.model_surface, f.benchmark_surface, f.char_start, f.char_end,
       f.confidence, f.method, f.extractor_version, f.load_id, f.fact_id
FROM score_facts f
JOIN article_rows a USING (article_id)
LEFT JOIN entity_aliases m ON m.kind = 'model' AND m.alias_key = alias_key(f.model)
LEFT JOIN entity_aliases b ON b.kind = 'benchmark' AND b.alias_key = alias_key(f.benchmark);

CREATE VIEW attributes AS
SELECT coalesce(m.canonical, f.subject) AS subject,
       f.attribute,
       coalesce(b.canonical, f.qualifier) AS qualifier,
       f.value,
       a.url AS article_url,
       f.evidence, f.setting,
       f.article_id, a.canonical_url, a.source, a.copy_group, a.published_at,
       f.char_start, f.char_end, f.confidence, f.method, f.extractor_version, f.load_id, f.fact_id
FROM attribute_facts f
JOIN article_rows a USING (article_id)
LEFT JOIN entity_aliases m ON m.kind = 'model' AND m.alias_key = alias_key(f.subject)
LEFT JOIN entity_aliases b ON b.kind = 'benchmark' AND b.alias_key = alias_key(f.qualifier);

CREATE VIEW claims AS
SELECT coalesce(m.canonical, f.subject) AS subject,
       f.relation,
       coalesce(o.canonical, f.object) AS object,
       f.magnitude, f.unit,
       coalesce(b.canonical, f.benchmark) AS benchmark,
       a.url AS article_url,
       f.evidence,
       f.article_id, a.canonical_url, a.source, a.copy_group, a.published_at,
       f.char_start, f.char_end, f.confidence, f.method, f.extractor_version, f.load_id, f.fact_id
FROM claim_facts f
JOIN article_rows a USING (article_id)
LEFT JOIN entity_aliases m ON m.kind = 'model' AND m.alias_key = alias_key(f.subject)
LEFT JOIN entity_aliases o ON o.kind = 'model' AND o.alias_key = alias_key(f.object)
LEFT JOIN entity_aliases b ON b.kind = 'benchmark' AND b.alias_key = alias_key(f.benchmark);
