-- Foundation: the tenant with its towns and units, feedback on accessibility, and the
-- transactional outbox.
--
-- Conventions of the SQLite backend:
-- * Timestamps are INTEGER microseconds since the Unix epoch (UTC). They compare correctly as
--   numbers, which text timestamps with varying fractions would not.
-- * JSON documents are TEXT written by serde_json.
-- * Booleans are INTEGER 0/1.

-- The authority running the portal. Its profile (names in all languages, contacts) is one JSON
-- document; towns and units are rows because later tables refer to them.
CREATE TABLE tenants (
    id      INTEGER PRIMARY KEY,
    slug    TEXT    NOT NULL UNIQUE,
    demo    INTEGER NOT NULL CHECK (demo IN (0, 1)),
    profile TEXT    NOT NULL
);

CREATE TABLE towns (
    id        INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    ags       TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('stadt', 'gemeinde')),
    postcodes TEXT    NOT NULL,
    website   TEXT    NOT NULL,
    -- Order in the definition file, which is the order pages list them in.
    position  INTEGER NOT NULL,
    UNIQUE (tenant_id, ags)
);

CREATE TABLE org_units (
    id        INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    code      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    section   TEXT,
    email     TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    UNIQUE (tenant_id, code)
);

-- Feedback on accessibility (§ 12b BGG). The submission key makes a repeated post harmless.
CREATE TABLE accessibility_feedback (
    id             INTEGER PRIMARY KEY,
    tenant_id      INTEGER NOT NULL REFERENCES tenants (id),
    submission_key TEXT    NOT NULL UNIQUE,
    sender_name    TEXT,
    sender_email   TEXT,
    page           TEXT,
    message        TEXT    NOT NULL,
    locale         TEXT    NOT NULL,
    received_at    INTEGER NOT NULL
);

-- Work to do after a commit. A job is pending until done or failed; a worker holds it under a
-- lease (token and expiry) so that a crashed worker's job is taken up again.
CREATE TABLE outbox_jobs (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL UNIQUE,
    state           TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    run_at          INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    lease_token     TEXT,
    lease_until     INTEGER,
    last_error      TEXT,
    finished_at     INTEGER
);

CREATE INDEX outbox_jobs_due ON outbox_jobs (state, run_at);
