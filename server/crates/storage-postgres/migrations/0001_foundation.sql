-- Foundation: the tenant with its towns and units, feedback on accessibility, and the
-- transactional outbox. The same model as the SQLite backend's first migration, in PostgreSQL's
-- own types: TIMESTAMPTZ, JSONB, BOOLEAN, identity columns.

-- The authority running the portal. Its profile (names in all languages, contacts) is one JSON
-- document; towns and units are rows because later tables refer to them.
CREATE TABLE tenants (
    id      BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug    TEXT    NOT NULL UNIQUE,
    demo    BOOLEAN NOT NULL,
    profile JSONB   NOT NULL
);

CREATE TABLE towns (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    ags       TEXT   NOT NULL,
    name      JSONB  NOT NULL,
    kind      TEXT   NOT NULL CHECK (kind IN ('stadt', 'gemeinde')),
    postcodes JSONB  NOT NULL,
    website   TEXT   NOT NULL,
    -- Order in the definition file, which is the order pages list them in.
    position  INTEGER NOT NULL,
    UNIQUE (tenant_id, ags)
);

CREATE TABLE org_units (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    code      TEXT   NOT NULL,
    name      JSONB  NOT NULL,
    section   JSONB,
    email     TEXT   NOT NULL,
    position  INTEGER NOT NULL,
    UNIQUE (tenant_id, code)
);

-- Feedback on accessibility (§ 12b BGG). The submission key makes a repeated post harmless.
CREATE TABLE accessibility_feedback (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      BIGINT NOT NULL REFERENCES tenants (id),
    submission_key TEXT   NOT NULL UNIQUE,
    sender_name    TEXT,
    sender_email   TEXT,
    page           TEXT,
    message        TEXT   NOT NULL,
    locale         TEXT   NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL
);

-- Work to do after a commit. A job is pending until done or failed; a worker holds it under a
-- lease (token and expiry) so that a crashed worker's job is taken up again. Several server
-- instances claim with FOR UPDATE SKIP LOCKED and never block each other.
CREATE TABLE outbox_jobs (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            TEXT    NOT NULL,
    payload         JSONB   NOT NULL,
    idempotency_key TEXT    NOT NULL UNIQUE,
    state           TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    run_at          TIMESTAMPTZ NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    lease_token     TEXT,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    finished_at     TIMESTAMPTZ
);

CREATE INDEX outbox_jobs_due ON outbox_jobs (run_at) WHERE state = 'pending';
