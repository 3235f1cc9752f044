-- Reconciliation and review: per-key consensus, contradictions between sources, reviewer decisions.
-- Keys are (kind, subject, attribute, qualifier, setting) in canonical names; a key's id is a short hash of
-- its normalised parts, so decisions survive re-ingestion and re-extraction (fact rows are never keys).
-- Snapshot tables (reconciled_facts, consensus_values, contradiction_members, source_reliability) are
-- rebuilt by warehouse.reconcile from the facts and the decisions; contradiction_items and
-- contradiction_events are the durable record. Public views: contradictions, consensus, fact_ranks.

CREATE TABLE contradiction_items (
    contradiction_id VARCHAR PRIMARY KEY,  -- hash of the key (kind, subject, attribute, qualifier, setting)
    kind VARCHAR NOT NULL,                 -- score | attribute
    subject VARCHAR NOT NULL,
    attribute VARCHAR NOT NULL,            -- benchmark name for scores, attribute name otherwise
    qualifier VARCHAR,                     -- the leaderboard of a rank
    setting VARCHAR,                       -- NULL: the key of values whose setting is not stated
    status VARCHAR NOT NULL,               -- open | resolved | dismissed
    present BOOLEAN NOT NULL,              -- the facts disagree now (false: the disagreement has gone)
    values_seen VARCHAR[] NOT NULL,        -- every value ever seen in the key (decides reopening)
    resolved_value VARCHAR,
    decided_by VARCHAR,
    decided_at TIMESTAMPTZ,
    note VARCHAR,
    opened_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    load_id VARCHAR                        -- the load that opened (or last reopened) it
);

-- Append-only history and audit trail: who did what, when and why (reconcile's own events too).
CREATE SEQUENCE contradiction_event_seq;
CREATE TABLE contradiction_events (
    event_id BIGINT PRIMARY KEY DEFAULT nextval('contradiction_event_seq'),
    contradiction_id VARCHAR NOT NULL,
    event_at TIMESTAMPTZ NOT NULL,
    who VARCHAR NOT NULL,                  -- a reviewer, or 'reconcile'
    action VARCHAR NOT NULL,               -- opened | reopened | resolved | dismissed | gone | back
    old_status VARCHAR,
    new_status VARCHAR NOT NULL,
    value VARCHAR,
    note VARCHAR,
    load_id VARCHAR
);

-- One row per fact: its key, stated value and precision, vote unit and rank (preferred/normal/deprecated).
CREATE TABLE reconciled_facts (
    fact_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    key_id VARCHAR NOT NULL,               -- consensus_values.key_id
    value VARCHAR NOT NULL,                -- as stated, with its precision ("58", "58.4", "2026-04")
    value_num DOUBLE,
    decimals INTEGER,                      -- stated decimal places of a score (from the evidence text)
    unit VARCHAR,
    article_id VARCHAR NOT NULL,
    vote_unit VARCHAR NOT NULL,            -- copy group, else the article: copies vote once
    publisher VARCHAR NOT NULL,            -- whose reliability applies (URL host, else the source's name)
    source_kind VARCHAR NOT NULL,
    weight DOUBLE NOT NULL,                -- the publisher's vote weight, -ln(1 - reliability)
    rank VARCHAR NOT NULL,                 -- preferred | normal | deprecated
    reason VARCHAR NOT NULL
);

CREATE TABLE consensus_values (
    key_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    attribute VARCHAR NOT NULL,
    qualifier VARCHAR,
    setting VARCHAR,
    value VARCHAR NOT NULL,
    unit VARCHAR,
    confidence DOUBLE NOT NULL,
    n_sources INTEGER NOT NULL,
    n_values INTEGER NOT NULL,
    n_facts INTEGER NOT NULL,
    basis VARCHAR NOT NULL                 -- uncontested | vote | review
);

-- Which facts a contradiction shows: the key's own facts plus, for a stated setting, the unstated ones.
CREATE TABLE contradiction_members (
    contradiction_id VARCHAR NOT NULL,
    fact_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    setting_stated BOOLEAN NOT NULL
);

CREATE TABLE source_reliability (
    publisher VARCHAR NOT NULL,
    source_kind VARCHAR NOT NULL,
    prior DOUBLE NOT NULL,
    confirmed INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    reliability DOUBLE NOT NULL
);

CREATE VIEW contradictions AS
WITH members AS (
    SELECT m.contradiction_id, f.value, f.vote_unit, f.value_num
    FROM contradiction_members m
    JOIN reconciled_facts f ON f.fact_id = m.fact_id AND f.kind = m.kind
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
    SELECT contradiction_id, count(DISTINCT vote_unit) AS n_sources FROM members GROUP BY contradiction_id
)
SELECT i.contradiction_id, i.subject, i.attribute, i.setting, i.status,
       a.n_values, u.n_sources, a."values", a.summary,
       i.kind, i.qualifier, c.value AS consensus_value, c.confidence,
       i.resolved_value, i.decided_by, i.decided_at, i.note, i.opened_at, i.updated_at
FROM contradiction_items i
JOIN agg a USING (contradiction_id)
JOIN units u USING (contradiction_id)
LEFT JOIN consensus_values c ON c.key_id = i.contradiction_id
WHERE i.present;

CREATE VIEW consensus AS
SELECT c.subject, c.attribute, c.setting, c.value, c.confidence, c.n_sources,
       c.qualifier, c.kind, c.unit, c.n_values, c.n_facts, c.basis,
       i.contradiction_id, i.status AS contradiction_status, c.key_id
FROM consensus_values c
LEFT JOIN contradiction_items i ON i.contradiction_id = c.key_id AND i.present;

CREATE VIEW fact_ranks AS
SELECT f.fact_id, f.kind, c.subject, c.attribute, c.qualifier, c.setting, f.value, f.unit, f.rank, f.reason,
       f.weight, f.publisher, f.source_kind, f.vote_unit AS copy_group, a.url AS article_url, f.article_id,
       f.key_id
FROM reconciled_facts f
JOIN consensus_values c USING (key_id)
JOIN article_rows a USING (article_id);
